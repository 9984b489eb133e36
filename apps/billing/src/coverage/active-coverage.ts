import { EntityManager } from 'typeorm';
import { PatientCoverage } from './patient-coverage.entity';

/** The primary coverage in force on the date of service; none makes the visit self-pay. */
export const primaryCoverageOn = (
  manager: EntityManager,
  patientId: string,
  dateOfService: string,
): Promise<PatientCoverage | null> =>
  manager
    .createQueryBuilder(PatientCoverage, 'coverage')
    .where('coverage.patient_id = :patientId', { patientId })
    .andWhere(`coverage.rank = 'primary'`)
    .andWhere('coverage.effective_from <= :dateOfService', { dateOfService })
    .andWhere('(coverage.effective_to IS NULL OR coverage.effective_to >= :dateOfService)', { dateOfService })
    .getOne();
