import { TenantCommand } from '@praxis/platform';

export interface CancelAppointmentCommand extends TenantCommand {
  appointmentId: string;
  reason: string;
}
