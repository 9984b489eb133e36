import { money } from '@praxis/domain';
import { Adjustment, LineAdjudication, OtherPayer } from '@praxis/x12';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { AdjudicatedAdjustment, ClaimAdjudication } from '../adjudications/claim-adjudication.entity';
import { Claim } from '../claims/claim.entity';
import { PAYER_RESPONSIBILITY } from '../claims/payer-responsibility';
import { coverageOn } from '../insured/coverage-on';
import { X12_RELATIONSHIP } from '../insured/x12-relationship';
import { Payer } from '../payers/payer.entity';
import { CompletedVisit } from '../visits/completed-visit.entity';

export type PriorLineDecision = Omit<LineAdjudication, 'units' | 'modifiers'>;

/** What the prior payers decided, as the next payer's 837P carries it: 2320/2330 per payer, 2430 per charge and payer. */
export interface PriorPayerDecisions {
  otherPayers: OtherPayer[];
  /** Per charge, one per prior payer in rank order; the claim's own line adds its units and modifiers. */
  lineAdjudications: ReadonlyMap<string, PriorLineDecision[]>;
}

interface PriorPayerDecision {
  otherPayer: OtherPayer;
  lines: ReadonlyMap<string, PriorLineDecision>;
}

const x12Adjustments = (adjustments: AdjudicatedAdjustment[], currency: Claim['currency']): Adjustment[] =>
  adjustments.flatMap(({ group, reason, amountMinor }) =>
    // CR is a 4010 group the 5010 837P cannot carry; a 5010 payer does not send it.
    group === 'CR' ? [] : [{ group, reason, amount: money(amountMinor, currency) }],
  );

/** The claims to the payers that decided before this claim's, first payer first. */
const priorClaimsOf = async (manager: EntityManager, claim: Claim): Promise<Claim[]> => {
  const prior: Claim[] = [];
  for (let id = claim.priorPayerClaimId; id; id = prior[0].priorPayerClaimId)
    prior.unshift(await manager.findOneByOrFail(Claim, { id }));
  return prior;
};

/** One prior payer's latest decision on its claim, or null while it is not on file. */
const decisionOn = async (
  manager: EntityManager,
  prior: Claim,
  timeZone: string,
): Promise<PriorPayerDecision | null> => {
  const decision = await manager.findOne(ClaimAdjudication, {
    where: { claimId: prior.id },
    order: { decidedAt: 'DESC' },
  });
  const payer = await manager.findOneBy(Payer, { electronicPayerId: prior.payerId });
  const coverage = await coverageOn(manager, prior);
  if (!decision || !payer || !coverage) return null;
  const adjudicationDate = DateTime.fromJSDate(decision.decidedAt, { zone: timeZone }).toISODate() ?? undefined;
  const otherPayer: OtherPayer = {
    payer: { name: payer.name, id: payer.electronicPayerId },
    responsibility: PAYER_RESPONSIBILITY[prior.responsibility],
    subscriber: {
      memberId: coverage.memberId,
      name: { last: coverage.subscriber.lastName ?? '', first: coverage.subscriber.firstName ?? '' },
      relationship: X12_RELATIONSHIP[coverage.subscriber.relationship],
    },
    claimFilingIndicator: payer.claimFilingIndicator,
    paid: money(decision.paidMinor, decision.currency),
    adjustments: x12Adjustments(decision.adjustments, decision.currency),
    adjudicationDate,
  };
  const lines = new Map(
    decision.lines.map((line): [string, PriorLineDecision] => [
      line.chargeId,
      {
        payerId: payer.electronicPayerId,
        paid: money(line.paidMinor, decision.currency),
        procedureCode: line.procedureCode,
        adjustments: x12Adjustments(line.adjustments, decision.currency),
        adjudicationDate: adjudicationDate ?? prior.dateOfService,
      },
    ]),
  );
  return { otherPayer, lines };
};

/** Every prior payer's latest decision, in rank order; nothing for a claim to the first payer. */
export const priorPayerDecisions = async (manager: EntityManager, claim: Claim): Promise<PriorPayerDecisions> => {
  const priorClaims = await priorClaimsOf(manager, claim);
  if (priorClaims.length === 0) return { otherPayers: [], lineAdjudications: new Map() };
  const visit = await manager.findOneBy(CompletedVisit, { id: claim.visitId });
  const decided: PriorPayerDecision[] = [];
  for (const prior of priorClaims) {
    const decision = await decisionOn(manager, prior, visit?.timeZone ?? 'UTC');
    if (decision) decided.push(decision);
  }
  const lineAdjudications = new Map<string, PriorLineDecision[]>();
  for (const { lines } of decided)
    for (const [chargeId, line] of lines)
      lineAdjudications.set(chargeId, [...(lineAdjudications.get(chargeId) ?? []), line]);
  return { otherPayers: decided.map(({ otherPayer }) => otherPayer), lineAdjudications };
};
