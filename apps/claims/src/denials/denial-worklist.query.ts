import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@praxis/tenancy';
import { In } from 'typeorm';
import { AdjudicatedAdjustment, ClaimAdjudication } from '../adjudications/claim-adjudication.entity';
import { Claim } from '../claims/claim.entity';
import { DeniedClaim, DenialReasonGroup, DenialWorklist, ReasonInWords } from './dto/denial.dto';
import { groupWords, reasonWords, remarkWords } from '../adjudications/reason-code-words';

/** The patient's share and the contracted discount are what a payment leaves by agreement, not what a payer denied. */
const isDenialReason = ({ group, reason }: AdjudicatedAdjustment) =>
  group !== 'PR' && !(group === 'CO' && reason === '45');

const inWords = ({ group, reason, amountMinor }: AdjudicatedAdjustment): ReasonInWords => ({
  group,
  groupDescription: groupWords(group),
  code: reason,
  description: reasonWords(reason),
  amountMinor,
});

const deniedReasons = (decision: ClaimAdjudication): ReasonInWords[] => {
  const totals = new Map<string, AdjudicatedAdjustment>();
  for (const adjustment of [...decision.adjustments, ...decision.lines.flatMap(({ adjustments }) => adjustments)]) {
    if (!isDenialReason(adjustment)) continue;
    const key = `${adjustment.group}-${adjustment.reason}`;
    const total = totals.get(key);
    totals.set(key, { ...adjustment, amountMinor: (total?.amountMinor ?? 0) + adjustment.amountMinor });
  }
  return [...totals.values()].map(inWords);
};

const deniedClaim = (claim: Claim, decision: ClaimAdjudication): DeniedClaim => ({
  claimId: claim.id,
  patientControlNumber: claim.patientControlNumber,
  patientId: claim.patientId,
  payerId: claim.payerId,
  dateOfService: claim.dateOfService,
  status: claim.status as DeniedClaim['status'],
  payerClaimControlNumber: decision.payerClaimControlNumber ?? claim.payerClaimControlNumber,
  chargedMinor: decision.lines.reduce((sum, { chargeMinor }) => sum + chargeMinor, 0),
  paidMinor: decision.paidMinor,
  currency: decision.currency,
  reasons: deniedReasons(decision),
  remarks: decision.remarks.map((code) => ({ code, description: remarkWords(code) })),
});

/** Denied and partly denied claims still awaiting the clerk, under each reason the payer gave, largest first. */
@Injectable()
export class DenialWorklistQuery {
  constructor(private readonly transactions: TenantTransactions) {}

  worklist(): Promise<DenialWorklist> {
    return this.transactions.run(async (manager) => {
      const claims = await manager
        .createQueryBuilder(Claim, 'claim')
        .where(`claim.status IN ('denied', 'partially_paid')`)
        .orderBy('claim.date_of_service')
        .addOrderBy('claim.patient_control_number')
        .getMany();
      const decisions = await manager.find(ClaimAdjudication, {
        where: { claimId: In(claims.map(({ id }) => id)) },
        order: { decidedAt: 'ASC' },
      });
      const latest = new Map(decisions.map((decision) => [decision.claimId, decision]));
      const groups = new Map<string, DenialReasonGroup>();
      for (const claim of claims) {
        const decision = latest.get(claim.id);
        if (!decision) continue;
        const denied = deniedClaim(claim, decision);
        for (const { group, code, description } of denied.reasons) {
          const key = `${group}-${code}`;
          const entry = groups.get(key) ?? { group, code, description, claims: [] };
          entry.claims.push(denied);
          groups.set(key, entry);
        }
      }
      return { groups: [...groups.values()].sort((a, b) => b.claims.length - a.claims.length) };
    });
  }
}
