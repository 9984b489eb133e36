import { EntityManager } from 'typeorm';
import { ClaimAdjudication } from '../adjudications/claim-adjudication.entity';
import { Claim } from '../claims/claim.entity';

/**
 * REF*F8 of a replacement or void: the payer's own number for the claim it names, from the payer's latest decision
 * (835 CLP07) or else its acceptance (277CA REF*1K). Null for an original claim.
 */
export const payerClaimNumberReplaced = async (manager: EntityManager, claim: Claim): Promise<string | null> => {
  if (!claim.replacesClaimId) return null;
  const replaced = await manager.findOneByOrFail(Claim, { id: claim.replacesClaimId });
  const decision = await manager.findOne(ClaimAdjudication, {
    where: { claimId: claim.replacesClaimId },
    order: { decidedAt: 'DESC' },
  });
  return decision?.payerClaimControlNumber ?? replaced.payerClaimControlNumber;
};
