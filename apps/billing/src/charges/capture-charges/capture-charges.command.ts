import type { AppointmentCompleted, PayloadOf } from '@praxis/contracts';

export interface CaptureChargesCommand {
  tenantId: string;
  completed: PayloadOf<typeof AppointmentCompleted>;
}
