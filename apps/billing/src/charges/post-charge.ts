import { Injectable } from '@nestjs/common';
import { ChargePosted } from '@praxis/contracts';
import { money } from '@praxis/domain';
import { OutboxWriter } from '@praxis/messaging';
import { EntityManager } from 'typeorm';
import { Ledger } from '../ledger/ledger';
import { postings } from '../ledger/ledger-postings';
import { BillingVisit } from './billing-visit.entity';
import { Charge } from './charge.entity';

export interface PostedBy {
  actorUserId: string | null;
  now: Date;
}

export type PricedVisit = BillingVisit & { currency: NonNullable<BillingVisit['currency']> };

/** Posts a priced charge of a visit (owed by the insurer or, self-pay, the patient) and announces it as charge.posted. */
@Injectable()
export class ChargePosting {
  constructor(
    private readonly ledger: Ledger,
    private readonly outbox: OutboxWriter,
  ) {}

  async post(
    manager: EntityManager,
    visit: PricedVisit,
    charge: Charge,
    { actorUserId, now }: PostedBy,
  ): Promise<void> {
    await this.ledger.post(manager, postings.charge(money(charge.amountMinor ?? 0, visit.currency), visit.billTo), {
      tenantId: visit.tenantId,
      patientId: visit.patientId,
      visitId: visit.id,
      chargeId: charge.id,
      postedAt: now,
      postedBy: actorUserId,
    });
    await this.outbox.append(manager, ChargePosted, {
      aggregateId: charge.id,
      payload: {
        chargeId: charge.id,
        visitId: visit.id,
        patientId: visit.patientId,
        providerId: visit.providerId,
        locationId: visit.locationId,
        dateOfService: visit.dateOfService,
        procedureCode: charge.procedureCode,
        modifiers: charge.modifiers,
        units: charge.units,
        diagnoses: charge.diagnoses,
        amountMinor: charge.amountMinor ?? 0,
        currency: visit.currency,
        billTo: visit.billTo,
        payerId: visit.payerId,
      },
    });
  }
}
