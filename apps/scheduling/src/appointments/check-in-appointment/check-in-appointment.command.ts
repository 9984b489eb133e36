import { TenantCommand } from '@praxis/platform';

export interface CheckInAppointmentCommand extends TenantCommand {
  appointmentId: string;
}
