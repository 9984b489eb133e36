import { TenantCommand } from '@praxis/platform';

/** Only the fields sent change; a type is retired by deactivating it, never deleted. */
export interface UpdateAppointmentTypeCommand extends TenantCommand {
  appointmentTypeId: string;
  changes: {
    name?: string;
    durationMinutes?: number;
    bufferBeforeMinutes?: number;
    bufferAfterMinutes?: number;
    procedureCodes?: string[];
    active?: boolean;
  };
}
