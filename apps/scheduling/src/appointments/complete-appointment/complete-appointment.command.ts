import { TenantCommand } from '@praxis/platform';
import { ProcedureLine } from '../appointment.entity';

export interface CompleteAppointmentCommand extends TenantCommand {
  appointmentId: string;
  /** ICD-10-CM codes; procedures point at them by position, from 1. */
  diagnoses: string[];
  procedures: ProcedureLine[];
}
