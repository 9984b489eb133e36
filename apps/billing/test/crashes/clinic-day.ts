import { randomUUID } from 'node:crypto';
import { Topic } from '@praxis/contracts';
import { ClinicActor, eventually, PersistentPublisher, persistentClerk } from '@praxis/testing';
import { aCompletedVisit, aCoverageList } from '../billing-use-cases';
import { aDecisionEvent, aDecisionOn, Adjudication, aReversalEvent, BilledVisit, Cas, PAYER_ID } from '../remittances';

/** What was sent for one visit, and so what billing must show for it. */
export interface VisitOutcome {
  visit: BilledVisit;
  billTo: 'insurance' | 'patient';
  decisions: Array<{ decision: Adjudication; reversed: boolean }>;
  /** What the patient paid: a co-pay at check-in, or their share once the payer decided. */
  paidMinor: number;
}

const COPAY_MINOR = 2_000;

const PROCEDURES = [
  { code: '99213', modifiers: [], units: 1, diagnosisPointers: [1] },
  { code: '96372', modifiers: [], units: 2, diagnosisPointers: [1] },
];

/** The payer's answer to the nth visit: co-pay and contractual write-off, with an OA for review on every fourth. */
const adjustmentsFor = (n: number): Cas[][] => [
  [
    ['CO', '45', 2_500],
    ['PR', '3', 2_000],
  ],
  n % 4 === 0 ? [['OA', '23', 500]] : [['CO', '45', 1_000]],
];

/**
 * A clinic's day as the other services and the clerk would drive billing through the broker and its API: scheduling
 * completes visits (two of three patients insured; the others pay a co-pay, kept as credit until the visit's charges
 * post), the clerk releases each once it is priced, and the payer's decisions follow (every third reversed and decided again,
 * every fifth announced twice), after which the patient pays their share.
 */
export const clinicDay = (billingUrl: string, publisher: PersistentPublisher, clerk: ClinicActor) => {
  const { call } = persistentClerk(billingUrl, clerk);

  const visitOnceReady = (visitId: string) =>
    eventually(async () => {
      const answer = await call('GET', `/api/v1/billing/visits/${visitId}`);
      if (answer.body.status !== 'ready') throw new Error(`visit ${visitId} is not ready yet: ${answer.status}`);
      return answer.body as { billTo: 'insurance' | 'patient'; charges: Array<Record<string, unknown>> };
    }, 90_000);

  const decide = async (outcome: VisitOutcome, n: number) => {
    const first = aDecisionOn(outcome.visit, adjustmentsFor(n));
    const sent = [first, ...(n % 5 === 0 ? [first] : [])];
    for (const decision of sent) await publisher.publish(Topic.ClaimsClaims, aDecisionEvent(clerk, decision));
    outcome.decisions.push({ decision: first, reversed: false });
    if (n % 3 !== 0) return;
    await publisher.publish(Topic.ClaimsClaims, aReversalEvent(clerk, first));
    outcome.decisions[0].reversed = true;
    const corrected = { ...aDecisionOn(outcome.visit, adjustmentsFor(n + 1)), claimId: first.claimId };
    await publisher.publish(Topic.ClaimsClaims, aDecisionEvent(clerk, corrected));
    outcome.decisions.push({ decision: corrected, reversed: false });
  };

  const pays = async (path: string, key: string, receipt: Record<string, unknown>) => {
    const paid = await call(
      'POST',
      `/api/v1/billing/${path}`,
      { currency: 'USD', ...receipt },
      { 'idempotency-key': key },
    );
    if (paid.status !== 201) throw new Error(`${key} answered ${paid.status}: ${JSON.stringify(paid.body)}`);
  };

  const patientPaysTheirShare = async (outcome: VisitOutcome) => {
    const standing = outcome.decisions[outcome.decisions.length - 1].decision;
    const adjustments = [...standing.lines.flatMap((line) => line.adjustments), ...standing.adjustments];
    const share = adjustments.filter(({ group }) => group === 'PR').reduce((sum, cas) => sum + cas.amountMinor, 0);
    const { patientId, visitId } = outcome.visit;
    await pays('payments', `share-${visitId}`, { patientId, amountMinor: share, method: 'check', checkNumber: '1001' });
    outcome.paidMinor = share;
  };

  const completeAndBill = async (n: number): Promise<VisitOutcome> => {
    const patientId = randomUUID();
    const insured = n % 3 !== 2;
    if (insured) await publisher.publish(Topic.SchedulingPatients, aCoverageList(clerk, patientId, PAYER_ID));
    const completed = aCompletedVisit(clerk, { patientId, procedures: PROCEDURES });
    const visitId = completed.payload.appointmentId;
    await publisher.publish(Topic.SchedulingAppointments, completed);
    const ready = await visitOnceReady(visitId);
    const copay = { patientId, visitId, amountMinor: COPAY_MINOR, method: 'cash' };
    if (!insured) await pays('copays', `copay-${visitId}`, copay);
    const released = await call('POST', `/api/v1/billing/visits/${visitId}/release`, undefined, {
      'idempotency-key': `release-${visitId}`,
    });
    if (released.status !== 200) throw new Error(`releasing ${visitId} answered ${released.status}`);
    const charges = ready.charges.map((charge) => ({
      chargeId: charge.id as string,
      procedureCode: charge.procedureCode as string,
      chargeMinor: charge.amountMinor as number,
    }));
    const visit = { clerk, visitId, patientId, charges };
    // Who pays is settled at release: a card whose event trails the visit's (the broker crashed between) still counts.
    const { billTo } = released.body as { billTo: VisitOutcome['billTo'] };
    const outcome: VisitOutcome = { visit, billTo, decisions: [], paidMinor: insured ? 0 : COPAY_MINOR };
    if (billTo !== 'insurance') return outcome;
    await decide(outcome, n);
    await patientPaysTheirShare(outcome);
    return outcome;
  };

  return { completeAndBill };
};
