import { EntityManager, In } from 'typeorm';
import { primaryCoverageOn } from '../coverage/active-coverage';
import { lockWhoPaysOfPatient } from '../coverage/who-pays-lock';
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
 * the desk often scans it after the visit, and its coverage event may also overtake or trail the completion. The
 * visits are locked, so one released meanwhile keeps the payer its charges were posted to.
 */
export const decideWhoPaysUnreleasedVisits = async (manager: EntityManager, patientId: string): Promise<void> => {
  await lockWhoPaysOfPatient(manager, patientId);
  const visits = await manager.find(BillingVisit, {
    where: { patientId, status: In(NOT_YET_RELEASED) },
    lock: { mode: 'pessimistic_write' },
  });
  for (const visit of visits) {
    const decided = whoPays(await primaryCoverageOn(manager, patientId, visit.dateOfService));
    if (decided.billTo === visit.billTo && decided.payerId === visit.payerId) continue;
    await manager.update(BillingVisit, { id: visit.id }, decided);
  }
};
