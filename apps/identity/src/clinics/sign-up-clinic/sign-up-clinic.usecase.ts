import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TenantCreated } from '@praxis/contracts';
import { OutboxWriter } from '@praxis/messaging';
import { TenantContext, TenantTransactions } from '@praxis/tenancy';
import { StaffDirectory } from '../../staff/staff-directory';
import { Clinic } from '../clinic.entity';
import { SignUpClinicCommand } from './sign-up-clinic.command';
import { ClinicIdsDto } from './sign-up-clinic.dto';

@Injectable()
export class SignUpClinic {
  constructor(
    private readonly context: TenantContext,
    private readonly transactions: TenantTransactions,
    private readonly staff: StaffDirectory,
    private readonly outbox: OutboxWriter,
  ) {}

  execute({ clinic, admin }: SignUpClinicCommand): Promise<ClinicIdsDto> {
    const tenantId = randomUUID();
    return this.context.runAs({ tenantId, roles: [] }, this.context.requestId, () =>
      this.transactions.run(async (manager) => {
        await manager.insert(Clinic, { id: tenantId, ...clinic });
        const firstAdmin = await this.staff.add(manager, tenantId, { ...admin, roles: ['admin'] });
        await this.outbox.append(manager, TenantCreated, {
          aggregateId: tenantId,
          payload: { tenantId, legalName: clinic.legalName, npi: clinic.npi, timeZone: clinic.timeZone },
        });
        return { clinicId: tenantId, adminUserId: firstAdmin.id };
      }),
    );
  }
}
