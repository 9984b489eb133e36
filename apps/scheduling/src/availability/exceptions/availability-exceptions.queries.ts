import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@praxis/tenancy';
import { AvailabilityException, ExceptionKind } from './availability-exception.entity';

export interface ExceptionsFilter {
  providerId?: string;
  locationId?: string;
  kind?: ExceptionKind;
}

@Injectable()
export class AvailabilityExceptionsQueries {
  constructor(private readonly transactions: TenantTransactions) {}

  list({ providerId, locationId, kind }: ExceptionsFilter): Promise<AvailabilityException[]> {
    return this.transactions.run((manager) =>
      manager.find(AvailabilityException, {
        where: { providerId, locationId, kind },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
    );
  }
}
