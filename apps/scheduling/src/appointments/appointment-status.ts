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

/** Each action's rule in the front desk's words, for when it is refused. */
const ruleOf: Record<AppointmentAction, string> = {
  reschedule: 'only a booked visit can be moved',
  cancel: 'only a visit that is booked or checked in can be cancelled',
  'check-in': 'only a booked visit can be checked in',
  'mark-no-show': 'only a booked visit can be marked as a no-show',
  complete: 'a visit can be completed only after the patient has checked in',
};

export class IllegalTransitionError extends ConflictError {
  constructor(action: AppointmentAction, status: AppointmentStatus) {
    super(`this visit is ${status.replace('_', ' ')}: ${ruleOf[action]}`);
    this.extensions.currentStatus = status;
  }
}

/** The appointment lifecycle: anything not listed here is refused with 409, whatever the caller asks. */
export const assertTransition = (action: AppointmentAction, status: AppointmentStatus): void => {
  if (!allowedFrom[action].includes(status)) throw new IllegalTransitionError(action, status);
};
