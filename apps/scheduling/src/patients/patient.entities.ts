import { Coverage } from './coverage.entity';
import { Patient } from './patient.entity';

export const patientEntities = [Patient, Coverage];
