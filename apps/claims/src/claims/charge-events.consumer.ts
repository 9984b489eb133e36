import { Controller } from '@nestjs/common';
import { ChargePosted, ChargeVoided, EventEnvelope, isEvent, Topic } from '@praxis/contracts';
import { ConsumeEvents } from '@praxis/messaging';
import { Clock } from '@praxis/platform';
import { EntityManager } from 'typeorm';
import { BillCharge } from './bill-charge/bill-charge.usecase';
import { WithdrawCharge } from './withdraw-charge/withdraw-charge.usecase';

/** Billing's released and voided charges build and trim the clinic's claims. */
@Controller()
export class ChargeEventsConsumer {
  constructor(
    private readonly billCharge: BillCharge,
    private readonly withdrawCharge: WithdrawCharge,
    private readonly clock: Clock,
  ) {}

  @ConsumeEvents(Topic.BillingCharges, [ChargePosted, ChargeVoided])
  async onChargeEvent(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    const command = { tenantId: envelope.tenantId, now: this.clock.now() };
    if (isEvent(ChargePosted, envelope))
      await this.billCharge.execute(manager, { ...command, charge: envelope.payload });
    if (isEvent(ChargeVoided, envelope))
      await this.withdrawCharge.execute(manager, { ...command, charge: envelope.payload });
  }
}
