import { TenantCommand } from '@praxis/platform';

export interface MarkNoShowCommand extends TenantCommand {
  appointmentId: string;
}
