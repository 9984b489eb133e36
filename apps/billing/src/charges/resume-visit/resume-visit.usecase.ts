import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@praxis/tenancy';
import { BillingVisit } from '../billing-visit.entity';
import { findVisit } from '../visits';
import { statusOnResume, VisitNotHeldError } from '../visit-status';
import { ResumeVisitCommand } from './resume-visit.command';

/** Takes a visit off hold, back to review or to ready as its lines are priced. */
@Injectable()
export class ResumeVisit {
  constructor(private readonly transactions: TenantTransactions) {}

  execute({ visitId }: ResumeVisitCommand): Promise<BillingVisit> {
    return this.transactions.run(async (manager) => {
      const visit = await findVisit(manager, visitId, { lock: true });
      if (visit.status !== 'on_hold') throw new VisitNotHeldError();
      const status = statusOnResume(visit.charges ?? []);
      await manager.update(BillingVisit, { id: visitId }, { status, holdReason: null });
      return findVisit(manager, visitId);
    });
  }
}
