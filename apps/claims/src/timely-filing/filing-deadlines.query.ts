import { Injectable } from '@nestjs/common';
import { KnownClinic } from '@praxis/replicas';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager, In } from 'typeorm';
import { ClaimStatus } from '../claims/claim-status';
import { Claim } from '../claims/claim.entity';
import { Payer } from '../payers/payer.entity';
import { FilingDeadlineView, TimelyFilingWorklist } from './dto/timely-filing.dto';
import { clinicToday, daysUntil, filingDeadline } from './filing-deadline';
import { TimelyFilingAlert } from './timely-filing-alert.entity';

/** Claims the payer has not yet taken: still with the clerk, or rejected and to be sent again. */
const NOT_YET_FILED: ClaimStatus[] = ['draft', 'needs_fix', 'ready', 'rejected'];

/** Each claim not yet filed against its payer's limit, soonest deadline first, with the alerts raised for it. */
@Injectable()
export class FilingDeadlinesQuery {
  constructor(private readonly transactions: TenantTransactions) {}

  list(now: Date): Promise<TimelyFilingWorklist> {
    return this.transactions.run((manager) => this.worklist(manager, now));
  }

  async worklist(manager: EntityManager, now: Date): Promise<TimelyFilingWorklist> {
    const clinic = await manager.findOneBy(KnownClinic, {});
    const today = clinicToday(now, clinic?.timeZone ?? 'UTC');
    const claims = await manager.findBy(Claim, { status: In(NOT_YET_FILED) });
    const payers = await manager.findBy(Payer, { electronicPayerId: In([...new Set(claims.map((c) => c.payerId))]) });
    const limits = new Map(
      payers.map(({ electronicPayerId, timelyFilingDays }) => [electronicPayerId, timelyFilingDays]),
    );
    const alerts = await manager.find(TimelyFilingAlert, {
      where: { claimId: In(claims.map(({ id }) => id)) },
      order: { raisedAt: 'ASC' },
    });
    const items = claims.flatMap((claim): FilingDeadlineView[] => {
      const timelyFilingDays = limits.get(claim.payerId);
      if (timelyFilingDays === undefined) return [];
      const deadline = filingDeadline(claim.dateOfService, timelyFilingDays);
      const { id: claimId, patientControlNumber, status, payerId, dateOfService } = claim;
      return [
        {
          ...{ claimId, patientControlNumber, status, payerId, dateOfService, timelyFilingDays },
          filingDeadline: deadline,
          dueInDays: daysUntil(deadline, today),
          alerts: alerts
            .filter((alert) => alert.claimId === claimId && alert.filingDeadline === deadline)
            .map(({ stage, daysLeft, raisedAt }) => ({ stage, daysLeft, raisedAt })),
        },
      ];
    });
    items.sort((a, b) => a.filingDeadline.localeCompare(b.filingDeadline) || a.claimId.localeCompare(b.claimId));
    return { today, items };
  }
}
