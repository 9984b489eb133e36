import { PatientRecordRef } from '@praxis/contracts';

/** A visit as the patient data trail names it: ids only. */
export const visitRecordOf = ({ id, patientId }: { id: string; patientId: string }): PatientRecordRef => ({
  patientId,
  kind: 'visit',
  id,
});
