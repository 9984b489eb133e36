import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { ProviderDirectory } from '../../providers/provider-directory';
import { WorkingHoursView } from './dto/working-hours.dto';
import { toView } from './weekly-hours';
import { WorkingHours } from './working-hours.entity';

export const weekOf = async (manager: EntityManager, providerId: string): Promise<WorkingHoursView[]> => {
  const rows = await manager.find(WorkingHours, { where: { providerId }, order: { weekday: 'ASC', startTime: 'ASC' } });
  return rows.map(toView);
};

@Injectable()
export class WorkingHoursQueries {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly providers: ProviderDirectory,
  ) {}

  /** A provider's whole week, at every location. */
  ofProvider(providerId: string): Promise<WorkingHoursView[]> {
    return this.transactions.run(async (manager) => {
      await this.providers.get(manager, providerId);
      return weekOf(manager, providerId);
    });
  }
}
