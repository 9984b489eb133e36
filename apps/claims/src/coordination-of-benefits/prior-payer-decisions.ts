import { money } from '@praxis/domain';
import { Adjustment, LineAdjudication, OtherPayer } from '@praxis/x12';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { AdjudicatedAdjustment, ClaimAdjudication } from '../adjudications/claim-adjudication.entity';
import { Claim } from '../claims/claim.entity';
import { coverageOn } from '../insured/coverage-on';
import { Payer } from '../payers/payer.entity';
import { CompletedVisit } from '../visits/completed-visit.entity';

export type PriorLineDecision = Omit<LineAdjudication, 'units' | 'modifiers'>;

/** What the prior payer decided, as the next payer's 837P carries it: 2320/2330 for the claim, 2430 per charge. */
export interface PriorPayerDecisions {
  otherPayers: OtherPayer[];
  /** Per charge; the claim's own line adds its units and modifiers. */
  lineAdjudications: ReadonlyMap<string, PriorLineDecision>;
}

const NONE: PriorPayerDecisions = { otherPayers: [], lineAdjudications: new Map() };

const x12Adjustments = (adjustments: AdjudicatedAdjustment[], currency: Claim['currency']): Adjustment[] =>
  adjustments.flatMap(({ group, reason, amountMinor }) =>
    // CR is a 4010 group the 5010 837P cannot carry; a 5010 payer does not send it.
    group === 'CR' ? [] : [{ group, reason, amount: money(amountMinor, currency) }],
  );

/** The prior payer's latest decision on the claim this one follows, or nothing for a claim to the first payer. */
export const priorPayerDecisions = async (manager: EntityManager, claim: Claim): Promise<PriorPayerDecisions> => {
  if (!claim.priorPayerClaimId) return NONE;
  const prior = await manager.findOneByOrFail(Claim, { id: claim.priorPayerClaimId });
  const [decision, payer, coverage, visit] = await Promise.all([
    manager.findOne(ClaimAdjudication, { where: { claimId: prior.id }, order: { decidedAt: 'DESC' } }),
    manager.findOneBy(Payer, { electronicPayerId: prior.payerId }),
    coverageOn(manager, prior),
    manager.findOneBy(CompletedVisit, { id: claim.visitId }),
  ]);
  if (!decision || !payer || !coverage) return NONE;
  const adjudicationDate =
    DateTime.fromJSDate(decision.decidedAt, { zone: visit?.timeZone ?? 'UTC' }).toISODate() ?? undefined;
  const otherPayer: OtherPayer = {
    payer: { name: payer.name, id: payer.electronicPayerId },
    responsibility: 'P',
    subscriber: {
      memberId: coverage.memberId,
      name: { last: coverage.subscriber.lastName ?? '', first: coverage.subscriber.firstName ?? '' },
    },
    claimFilingIndicator: payer.claimFilingIndicator,
    paid: money(decision.paidMinor, decision.currency),
    adjustments: x12Adjustments(decision.adjustments, decision.currency),
    adjudicationDate,
  };
  const lineAdjudications = new Map(
    decision.lines.map((line): [string, PriorLineDecision] => [
      line.chargeId,
      {
        payerId: payer.electronicPayerId,
        paid: money(line.paidMinor, decision.currency),
        procedureCode: line.procedureCode,
        adjustments: x12Adjustments(line.adjustments, decision.currency),
        adjudicationDate: adjudicationDate ?? claim.dateOfService,
      },
    ]),
  );
  return { otherPayers: [otherPayer], lineAdjudications };
};
