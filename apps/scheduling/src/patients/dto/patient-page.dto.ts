import { PageOf } from '@praxis/platform';
import { Patient } from '../patient.entity';

export class PatientPage extends PageOf(Patient) {}
