import { EntityManager, In } from 'typeorm';
import { primaryCoverageOn } from '../coverage/active-coverage';
import { PatientCoverage } from '../coverage/patient-coverage.entity';
import { BillingVisit } from './billing-visit.entity';
import { BillTo, VisitStatus } from './visit-status';

/** The primary coverage in force on the date of service bills its payer; without one the patient pays. */
export const whoPays = (coverage: PatientCoverage | null): { billTo: BillTo; payerId: string | null } => ({
  billTo: coverage ? 'insurance' : 'patient',
  payerId: coverage?.payerId ?? null,
});

const NOT_YET_RELEASED: VisitStatus[] = ['needs_review', 'ready', 'on_hold'];

/**
 * A card recorded (or changed) after the visit completed still decides who pays while the visit waits for release:
 * the desk often scans it after the visit, and its coverage event may also overtake or trail the completion.
 */
export const decideWhoPaysUnreleasedVisits = async (manager: EntityManager, patientId: string): Promise<void> => {
  const visits = await manager.findBy(BillingVisit, { patientId, status: In(NOT_YET_RELEASED) });
  for (const visit of visits) {
    const decided = whoPays(await primaryCoverageOn(manager, patientId, visit.dateOfService));
    if (decided.billTo === visit.billTo && decided.payerId === visit.payerId) continue;
    await manager.update(BillingVisit, { id: visit.id }, decided);
  }
};
