import { ConflictError } from '@praxis/platform';
import { AppointmentStatus } from './appointment.entity';

export type AppointmentAction = 'reschedule' | 'cancel' | 'check-in' | 'mark-no-show' | 'complete';

const allowedFrom: Record<AppointmentAction, readonly AppointmentStatus[]> = {
  reschedule: ['booked'],
  cancel: ['booked', 'checked_in'],
  'check-in': ['booked'],
  'mark-no-show': ['booked'],
  complete: ['checked_in'],
};

export class IllegalTransitionError extends ConflictError {
  constructor(action: AppointmentAction, status: AppointmentStatus) {
    super(`an appointment that is ${status.replace('_', ' ')} cannot ${action.replace('-', ' ')}`);
    this.extensions.currentStatus = status;
  }
}

/** The appointment lifecycle: anything not listed here is refused with 409, whatever the caller asks. */
export const assertTransition = (action: AppointmentAction, status: AppointmentStatus): void => {
  if (!allowedFrom[action].includes(status)) throw new IllegalTransitionError(action, status);
};
