import { Controller } from '@nestjs/common';
import {
  CLAIM_EVENTS,
  ClaimAdjudicated,
  ClaimAdjudicationReversed,
  EventEnvelope,
  isEvent,
  Topic,
} from '@praxis/contracts';
import { ConsumeEvents } from '@praxis/messaging';
import { Clock } from '@praxis/platform';
import { EntityManager } from 'typeorm';
import { PostAdjudication } from './post-adjudication/post-adjudication.usecase';
import { ReverseAdjudication } from './reverse-adjudication/reverse-adjudication.usecase';

/** Billing posts what payers decided and what they took back; the claim's other events are claims' own business. */
@Controller()
export class ClaimEventsConsumer {
  constructor(
    private readonly postAdjudication: PostAdjudication,
    private readonly reverseAdjudication: ReverseAdjudication,
    private readonly clock: Clock,
  ) {}

  @ConsumeEvents(Topic.ClaimsClaims, CLAIM_EVENTS)
  async onClaimEvent(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    const { tenantId } = envelope;
    if (isEvent(ClaimAdjudicated, envelope))
      await this.postAdjudication.execute(manager, { tenantId, adjudication: envelope.payload, now: this.clock.now() });
    else if (isEvent(ClaimAdjudicationReversed, envelope))
      await this.reverseAdjudication.execute(manager, { tenantId, reversal: envelope.payload, now: this.clock.now() });
  }
}
