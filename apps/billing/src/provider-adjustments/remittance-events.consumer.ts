import { Controller } from '@nestjs/common';
import { EventEnvelope, isEvent, REMITTANCE_EVENTS, RemittanceProviderAdjusted, Topic } from '@praxis/contracts';
import { ConsumeEvents } from '@praxis/messaging';
import { Clock } from '@praxis/platform';
import { EntityManager } from 'typeorm';
import { PostProviderAdjustments } from './post-provider-adjustments/post-provider-adjustments.usecase';

/** Billing posts what payers gave or took at the clinic's own level in their remittances. */
@Controller()
export class RemittanceEventsConsumer {
  constructor(
    private readonly postProviderAdjustments: PostProviderAdjustments,
    private readonly clock: Clock,
  ) {}

  @ConsumeEvents(Topic.ClaimsRemittances, REMITTANCE_EVENTS)
  async onRemittanceEvent(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    if (isEvent(RemittanceProviderAdjusted, envelope))
      await this.postProviderAdjustments.execute(manager, {
        tenantId: envelope.tenantId,
        remittance: envelope.payload,
        now: this.clock.now(),
      });
  }
}
