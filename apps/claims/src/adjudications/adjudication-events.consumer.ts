import { Controller } from '@nestjs/common';
import { CLAIM_EVENTS, ClaimAdjudicated, EventEnvelope, isEvent, Topic } from '@praxis/contracts';
import { ConsumeEvents } from '@praxis/messaging';
import { Clock } from '@praxis/platform';
import { EntityManager } from 'typeorm';
import { RecordAdjudication } from './record-adjudication/record-adjudication.usecase';

/** Claims hears its own payers' decisions on claims.claims, whichever part of claims recorded them. */
@Controller()
export class AdjudicationEventsConsumer {
  constructor(
    private readonly recordAdjudication: RecordAdjudication,
    private readonly clock: Clock,
  ) {}

  @ConsumeEvents(Topic.ClaimsClaims, CLAIM_EVENTS)
  async onClaimEvent(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    if (isEvent(ClaimAdjudicated, envelope))
      await this.recordAdjudication.execute(manager, {
        tenantId: envelope.tenantId,
        adjudication: envelope.payload,
        now: this.clock.now(),
      });
  }
}
