import { EntityManager } from 'typeorm';
import { InsuredCoverage } from '../insured/insured-coverage.entity';
import { Claim } from '../claims/claim.entity';

/**
 * The coverage billed after this claim's payer, by rank, in force on the date of service; null when this payer is
 * the last, and the patient's share is then the patient's to pay.
 */
export const laterPayerOf = async (manager: EntityManager, claim: Claim): Promise<InsuredCoverage | null> => {
  if (claim.responsibility !== 'primary') return null;
  const { patientId, dateOfService } = claim;
  const secondary = await manager
    .createQueryBuilder(InsuredCoverage, 'coverage')
    .where('coverage.patient_id = :patientId', { patientId })
    .andWhere(`coverage.rank = 'secondary'`)
    .andWhere('coverage.payer_id <> :payerId', { payerId: claim.payerId })
    .andWhere('coverage.effective_from <= :dateOfService', { dateOfService })
    .andWhere('(coverage.effective_to IS NULL OR coverage.effective_to >= :dateOfService)', { dateOfService })
    .getOne();
  return secondary ?? null;
};
