import { EntityManager } from 'typeorm';
import { ClaimLifecycle } from './claim-lifecycle';
import { ClaimLine } from './claim-line.entity';
import { Claim } from './claim.entity';
import { ClaimScrubbing } from './scrub/claim-scrubbing';

type CopyTerms = Pick<Claim, 'patientControlNumber' | 'payerId' | 'responsibility' | 'frequency'> &
  Partial<Pick<Claim, 'replacesClaimId' | 'priorPayerClaimId'>>;

interface CopyContext {
  lifecycle: ClaimLifecycle;
  scrubbing: ClaimScrubbing;
  actorUserId: string | null;
  now: Date;
  action: string;
}

/**
 * A new claim billing the same care as `source` (its lines, diagnoses and pointers) on the given terms, scrubbed at
 * once so that a ready one goes out with the next submission.
 */
export const copyClaim = async (
  manager: EntityManager,
  source: Claim,
  terms: CopyTerms,
  { lifecycle, scrubbing, actorUserId, now, action }: CopyContext,
): Promise<Claim> => {
  const { tenantId, visitId, patientId, providerId, locationId, dateOfService, currency, diagnoses } = source;
  const { patientControlNumber, payerId, responsibility, frequency } = terms;
  const { replacesClaimId = null, priorPayerClaimId = null } = terms;
  const { id } = await manager.save(
    manager.create(Claim, {
      ...{ tenantId, visitId, patientId, providerId, locationId, dateOfService, currency, diagnoses },
      ...{ patientControlNumber, payerId, responsibility, frequency, replacesClaimId, priorPayerClaimId },
      status: 'draft',
    }),
  );
  const lines = await manager.find(ClaimLine, { where: { claimId: source.id }, order: { createdAt: 'ASC' } });
  // Lines keep their source's times: the 837P lists them in that order.
  for (const { chargeId, procedureCode, modifiers, units, amountMinor, diagnosisPointers, createdAt } of lines)
    await manager.insert(ClaimLine, {
      ...{ tenantId, claimId: id, chargeId, procedureCode, modifiers, units, amountMinor, diagnosisPointers },
      createdAt,
    });
  const copy = await manager.findOneByOrFail(Claim, { id });
  await lifecycle.record(manager, copy, { actorUserId, now, action, details: { sourceClaimId: source.id } }, null);
  return scrubbing.scrub(manager, copy, { actorUserId, now });
};
