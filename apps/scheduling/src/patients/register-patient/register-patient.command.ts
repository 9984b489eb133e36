import { TenantCommand } from '@praxis/platform';
import { RegisterPatientDto } from './register-patient.dto';

export interface RegisterPatientCommand extends TenantCommand {
  patient: RegisterPatientDto;
  /** A retry with the same key answers the first registration and registers no one twice. */
  idempotencyKey?: string;
}
