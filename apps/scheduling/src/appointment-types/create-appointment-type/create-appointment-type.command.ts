import { TenantCommand } from '@praxis/platform';

export interface CreateAppointmentTypeCommand extends TenantCommand {
  name: string;
  durationMinutes: number;
  bufferBeforeMinutes?: number;
  bufferAfterMinutes?: number;
  procedureCodes?: string[];
}
