import { Controller } from '@nestjs/common';
import { EventEnvelope, isEvent, TenantCreated, Topic } from '@praxis/contracts';
import { ConsumeEvents } from '@praxis/messaging';
import { recordClinicEvent } from '@praxis/replicas';
import { EntityManager } from 'typeorm';
import { BillingProfile } from '../billing-profiles/billing-profile.entity';
import { FilingDeadlineScans } from '../timely-filing/filing-deadline-scans';

/**
 * A new clinic joins the directory and gets a billing profile with the name and NPI identity knows, and its daily
 * filing-deadline scan on its own clock.
 */
@Controller()
export class ClinicEventsConsumer {
  constructor(private readonly filingDeadlineScans: FilingDeadlineScans) {}

  @ConsumeEvents(Topic.IdentityTenants, [TenantCreated])
  async onTenantEvent(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    await recordClinicEvent(manager, envelope);
    if (!isEvent(TenantCreated, envelope)) return;
    const { tenantId, legalName, npi } = envelope.payload;
    await manager
      .createQueryBuilder()
      .insert()
      .into(BillingProfile)
      .values({ tenantId, organizationName: legalName.slice(0, 60), npi })
      .orIgnore()
      .execute();
    await this.filingDeadlineScans.scheduleFor(tenantId, envelope.payload.timeZone);
  }
}
