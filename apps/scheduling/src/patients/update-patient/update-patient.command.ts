import { TenantCommand } from '@praxis/platform';
import { UpdatePatientDto } from './update-patient.dto';

export interface UpdatePatientCommand extends TenantCommand {
  patientId: string;
  changes: UpdatePatientDto;
}
