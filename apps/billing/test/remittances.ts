import { randomUUID } from 'node:crypto';
import {
  AdjustmentGroup,
  buildEnvelope,
  ClaimAdjudicated,
  ClaimAdjudicationReversed,
  EventEnvelope,
  PayloadOf,
  Topic,
} from '@praxis/contracts';
import { ClinicActor, deliverEvent, UseCaseHarness } from '@praxis/testing';
import { ChargesQueries } from '../src/charges/charges.queries';
import { BalancesQueries } from '../src/ledger/balances.queries';
import { ClaimEventsConsumer } from '../src/remittance-postings/claim-events.consumer';
import { aClinicWithPrices, releases, schedulingCompletes, schedulingRecordsCoverage } from './billing-use-cases';

export type Adjudication = PayloadOf<typeof ClaimAdjudicated>;
/** A CAS adjustment as a payer writes it: group, reason code, amount in cents. */
export type Cas = [AdjustmentGroup, string, number];

/** A visit released to the insurer, as claims would have billed it. */
export interface BilledVisit {
  clerk: ClinicActor;
  visitId: string;
  patientId: string;
  charges: Array<{ chargeId: string; procedureCode: string; chargeMinor: number }>;
}

export const PAYER_ID = '60054';

/** An insured patient's office visit ($125.00) and injection ($25.00 × 2), released to the ledger. */
export const aBilledVisit = async (harness: UseCaseHarness, clerk?: ClinicActor): Promise<BilledVisit> => {
  const atClinic = clerk ?? (await aClinicWithPrices(harness, { rows: ['99213,,,125.00', '96372,,,25.00'] }));
  const patientId = randomUUID();
  await schedulingRecordsCoverage(harness, atClinic, patientId, PAYER_ID);
  const visitId = await schedulingCompletes(harness, atClinic, {
    patientId,
    procedures: [
      { code: '99213', modifiers: [], units: 1, diagnosisPointers: [1] },
      { code: '96372', modifiers: [], units: 2, diagnosisPointers: [1] },
    ],
  });
  await releases(harness, atClinic, visitId);
  const visit = await harness.as(atClinic, () => harness.get(ChargesQueries).get(visitId));
  const charges = (visit.charges ?? []).map(({ id, procedureCode, amountMinor }) => ({
    chargeId: id,
    procedureCode,
    chargeMinor: amountMinor ?? 0,
  }));
  return { clerk: atClinic, visitId, patientId, charges };
};

const sumOf = (amounts: number[]) => amounts.reduce((sum, amount) => sum + amount, 0);
const adjustmentsOf = (cas: Cas[]) => cas.map(([group, reason, amountMinor]) => ({ group, reason, amountMinor }));

/**
 * The payer's decision on the visit's claim, balanced as a real remittance is: each line pays its charge less the
 * adjustments given for it (in charge order), and the claim pays its lines less the claim-level adjustments.
 */
export const aDecisionOn = (
  visit: BilledVisit,
  lineAdjustments: Cas[][],
  claimAdjustments: Cas[] = [],
): Adjudication => {
  const lines = visit.charges.map((charge, index) => {
    const adjustments = adjustmentsOf(lineAdjustments[index] ?? []);
    return { ...charge, adjustments, paidMinor: charge.chargeMinor - sumOf(adjustments.map((cas) => cas.amountMinor)) };
  });
  const adjustments = adjustmentsOf(claimAdjustments);
  const paidMinor = sumOf(lines.map((line) => line.paidMinor)) - sumOf(adjustments.map((cas) => cas.amountMinor));
  const adjusted = [...lines.flatMap((line) => line.adjustments), ...adjustments].some((cas) => cas.amountMinor !== 0);
  return {
    adjudicationId: randomUUID(),
    claimId: randomUUID(),
    visitId: visit.visitId,
    patientId: visit.patientId,
    payerId: PAYER_ID,
    currency: 'USD',
    payerClaimControlNumber: `PCN${Math.floor(Math.random() * 1e9)}`,
    claimStatus: paidMinor === 0 ? 'denied' : adjusted ? 'partially_paid' : 'paid',
    paidMinor,
    lines,
    adjustments,
  };
};

const deliver = (harness: UseCaseHarness, envelope: EventEnvelope) => {
  const consumer = harness.get(ClaimEventsConsumer);
  return deliverEvent(consumer.onClaimEvent.bind(consumer), Topic.ClaimsClaims, envelope);
};

/** claim.adjudicated as claims announces it, keyed by the claim. */
export const aDecisionEvent = (clerk: ClinicActor, adjudication: Adjudication) =>
  buildEnvelope(ClaimAdjudicated, {
    tenantId: clerk.tenantId,
    aggregateId: adjudication.claimId,
    correlationId: randomUUID(),
    payload: adjudication,
  });

/** claim.adjudication-reversed for the decision, as claims announces it. */
export const aReversalEvent = (clerk: ClinicActor, { adjudicationId, claimId, visitId, patientId }: Adjudication) =>
  buildEnvelope(ClaimAdjudicationReversed, {
    tenantId: clerk.tenantId,
    aggregateId: claimId,
    correlationId: randomUUID(),
    payload: { reversalId: randomUUID(), adjudicationId, claimId, visitId, patientId },
  });

/** Claims announces the payer's decision, as billing hears it on claims.claims; the envelope can be heard again. */
export const payerDecides = async (
  harness: UseCaseHarness,
  clerk: ClinicActor,
  adjudication: Adjudication,
): Promise<EventEnvelope> => {
  const envelope = aDecisionEvent(clerk, adjudication);
  await deliver(harness, envelope);
  return envelope;
};

/** Claims announces that the payer took the decision back. */
export const payerReverses = async (
  harness: UseCaseHarness,
  clerk: ClinicActor,
  adjudication: Adjudication,
): Promise<EventEnvelope> => {
  const envelope = aReversalEvent(clerk, adjudication);
  await deliver(harness, envelope);
  return envelope;
};

/** Hears an event a second time, as a redelivery after a crash would. */
export const heardAgain = (harness: UseCaseHarness, envelope: EventEnvelope) => deliver(harness, envelope);

/** What the insurer and the patient still owe, per visit of the patient, as the clinic's balances show it. */
export const balanceOf = async (harness: UseCaseHarness, { clerk, patientId }: BilledVisit) => {
  const { balances } = await harness.as(clerk, () => harness.get(BalancesQueries).patient(patientId));
  return balances.map(({ insurancePendingMinor, patientResponsibilityMinor }) => ({
    insurancePendingMinor,
    patientResponsibilityMinor,
  }));
};

/** Who owes the clinic what today, as the aging report lists it. */
export const agingOf = async (harness: UseCaseHarness, { clerk }: BilledVisit) => {
  const { rows } = await harness.as(clerk, () => harness.get(BalancesQueries).aging(harness.clock.now()));
  return rows.map(({ owedBy, debtorId, totalMinor }) => ({ owedBy, debtorId, totalMinor }));
};
