import { PatientRegistered, PayloadOf } from '@praxis/contracts';
import { Patient } from './patient.entity';

export const patientPayload = (patient: Patient): PayloadOf<typeof PatientRegistered> => ({
  patientId: patient.id,
  firstName: patient.firstName,
  lastName: patient.lastName,
  dateOfBirth: patient.dateOfBirth,
  sex: patient.sex,
});
