import { randomUUID } from 'node:crypto';
import { ClaimAdjudicated, PayloadOf } from '@praxis/contracts';
import { ClinicActor, UseCaseHarness } from '@praxis/testing';
import { TenantTransactions } from '@praxis/tenancy';
import { RecordAdjudication } from '../src/adjudications/record-adjudication/record-adjudication.usecase';
import { ClaimLifecycle } from '../src/claims/claim-lifecycle';
import { laterPayerOf } from '../src/coordination-of-benefits/later-payer';
import { Claim } from '../src/claims/claim.entity';

export type Decision = PayloadOf<typeof ClaimAdjudicated>;
type Adjustment = Decision['adjustments'][number];

/**
 * The payer's decision on every line of the claim: each line paid `paidShare` of its charge, the rest adjusted as
 * `rest` says (a CAS group and reason per share of what is left, in minor units computed per line).
 */
export const aDecisionOn = (
  claim: Claim,
  {
    status,
    paidShare,
    rest,
    remarks = [],
  }: {
    status: Decision['claimStatus'];
    paidShare: number;
    rest: { group: Adjustment['group']; reason: string; share: number }[];
    remarks?: string[];
  },
): Decision => {
  const lines = (claim.lines ?? []).map(({ chargeId, procedureCode, amountMinor }) => {
    const paidMinor = Math.round(amountMinor * paidShare);
    const left = amountMinor - paidMinor;
    const adjustments = rest.map(({ group, reason, share }) => ({
      group,
      reason,
      amountMinor: Math.round(left * share),
    }));
    const drift = left - adjustments.reduce((sum, { amountMinor: amount }) => sum + amount, 0);
    if (adjustments.length > 0) adjustments[0].amountMinor += drift;
    return { chargeId, procedureCode, chargeMinor: amountMinor, paidMinor, adjustments };
  });
  return {
    adjudicationId: randomUUID(),
    claimId: claim.id,
    visitId: claim.visitId,
    patientId: claim.patientId,
    payerId: claim.payerId,
    currency: claim.currency,
    payerClaimControlNumber: claim.payerClaimControlNumber ?? `PCN${claim.patientControlNumber}`,
    claimStatus: status,
    paidMinor: lines.reduce((sum, { paidMinor }) => sum + paidMinor, 0),
    lines,
    adjustments: [],
    remarks,
  };
};

/** The claim goes out, is accepted under the payer's number and decided, as the 835 posting records it. */
export const thePayerDecides = async (
  harness: UseCaseHarness,
  clerk: ClinicActor,
  claim: Claim,
  decision: Decision,
): Promise<void> => {
  const lifecycle = harness.get(ClaimLifecycle);
  const change = { actorUserId: null, now: harness.clock.now(), action: 'as the payer answered' };
  await harness.as(clerk, () =>
    harness.get(TenantTransactions).run(async (manager) => {
      const current = await lifecycle.lock(manager, claim.id);
      if (current.status === 'ready') await lifecycle.submit(manager, claim.id, change);
      if ((await lifecycle.lock(manager, claim.id)).status === 'submitted') {
        await lifecycle.acknowledge(manager, claim.id, change);
        await lifecycle.accept(manager, claim.id, decision.payerClaimControlNumber, change);
      }
      const decided = await lifecycle.move(
        manager,
        await lifecycle.lock(manager, claim.id),
        decision.claimStatus,
        change,
      );
      await harness
        .get(RecordAdjudication)
        .recordAll(
          manager,
          [{ claim: decided, adjudication: decision, laterPayer: await laterPayerOf(manager, decided) }],
          change.now,
        );
    }),
  );
};
