import { EntityManager } from 'typeorm';
import type { Responsibility } from '../claims/claim.entity';
import { InsuredCoverage } from './insured-coverage.entity';

interface CoveredCare {
  patientId: string;
  payerId: string;
  dateOfService: string;
  responsibility?: Responsibility;
}

/** The patient's coverage with the payer in force on the date of service, of the claim's rank when there are several. */
export const coverageOn = async (
  manager: EntityManager,
  { patientId, payerId, dateOfService, responsibility = 'primary' }: CoveredCare,
): Promise<InsuredCoverage | null> => {
  const coverages = await manager
    .createQueryBuilder(InsuredCoverage, 'coverage')
    .where('coverage.patient_id = :patientId', { patientId })
    .andWhere('coverage.payer_id = :payerId', { payerId })
    .andWhere('coverage.effective_from <= :dateOfService', { dateOfService })
    .andWhere('(coverage.effective_to IS NULL OR coverage.effective_to >= :dateOfService)', { dateOfService })
    .getMany();
  return coverages.find(({ rank }) => rank === responsibility) ?? coverages[0] ?? null;
};
