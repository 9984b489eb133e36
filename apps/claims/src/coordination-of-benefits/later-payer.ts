import { EntityManager } from 'typeorm';
import { InsuredCoverage } from '../insured/insured-coverage.entity';
import { Claim, Responsibility, responsibilities } from '../claims/claim.entity';

/** The rank billed after this one, as payers decide in rank order; null after the last. */
export const rankAfter = (rank: Responsibility): Responsibility | null =>
  responsibilities[responsibilities.indexOf(rank) + 1] ?? null;

/**
 * The next coverage by rank after the claim's responsibility (primary, then secondary, then tertiary), in force on the
 * date of service; null when this payer is the last, and the patient's share is then the patient's to pay.
 */
export const laterPayerOf = async (manager: EntityManager, claim: Claim): Promise<InsuredCoverage | null> => {
  const rank = rankAfter(claim.responsibility);
  if (!rank) return null;
  const { patientId, dateOfService } = claim;
  const later = await manager
    .createQueryBuilder(InsuredCoverage, 'coverage')
    .where('coverage.patient_id = :patientId', { patientId })
    .andWhere('coverage.rank = :rank', { rank })
    .andWhere('coverage.payer_id <> :payerId', { payerId: claim.payerId })
    .andWhere('coverage.effective_from <= :dateOfService', { dateOfService })
    .andWhere('(coverage.effective_to IS NULL OR coverage.effective_to >= :dateOfService)', { dateOfService })
    .getOne();
  return later ?? null;
};
