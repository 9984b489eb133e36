import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@praxis/tenancy';
import { BillingVisit } from '../billing-visit.entity';
import { findVisit } from '../visits';
import { VisitNotHoldableError } from '../visit-status';
import { HoldVisitCommand } from './hold-visit.command';

/** A clerk stops a visit before release (a question to the provider, a patient dispute); nothing is posted. */
@Injectable()
export class HoldVisit {
  constructor(private readonly transactions: TenantTransactions) {}

  execute({ visitId, reason }: HoldVisitCommand): Promise<BillingVisit> {
    return this.transactions.run(async (manager) => {
      const visit = await findVisit(manager, visitId, { lock: true });
      if (visit.status === 'released' || visit.status === 'on_hold') throw new VisitNotHoldableError(visit.status);
      await manager.update(BillingVisit, { id: visitId }, { status: 'on_hold', holdReason: reason });
      return findVisit(manager, visitId);
    });
  }
}
