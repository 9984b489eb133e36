import { ProblemError } from '../api/problem';
import { STATUS_LABELS } from '../calendar/appointment-status';
import type { Appointment } from '../calendar/day-data';
import type { VisitChangeKind } from './visit-change';

export interface VisitRefusal {
  message: string;
  /** The service's word on each refused field, keyed by its dotted path (`diagnoses`, `procedures.0.code`). */
  fields: Record<string, string>;
}

const NOT_DONE: Record<VisitChangeKind, string> = {
  'check-in': 'The patient was not checked in',
  'no-show': 'The visit was not marked as no-show',
  cancel: 'The visit was not cancelled',
  complete: 'The visit was not completed',
};

const isStatus = (value: unknown): value is Appointment['status'] =>
  typeof value === 'string' && value in STATUS_LABELS;

/**
 * The service's refusal in the words a receptionist would use at the desk. Its own reason is shown as it gives it: the
 * rules of the visit's day and start time are the service's, and the console does not guess them.
 */
export const visitRefusalInWords = (
  error: unknown,
  kind: VisitChangeKind,
  shownStatus: Appointment['status'],
): VisitRefusal => {
  const notDone = NOT_DONE[kind];
  if (!(error instanceof ProblemError))
    return { message: `${notDone}: Praxis could not be reached. Try again.`, fields: {} };
  const { status, detail, title, errors = [] } = error.problem;
  const currentStatus = (error.problem as { currentStatus?: unknown }).currentStatus;
  const fields = Object.fromEntries(errors.map(({ field, message }) => [field, message]));
  if (status === 409 && isStatus(currentStatus) && currentStatus !== shownStatus)
    return {
      message: `${notDone}: it is ${STATUS_LABELS[currentStatus].toLowerCase()} now, perhaps changed at another desk.`,
      fields,
    };
  if (status === 403) return { message: `${notDone}: your role does not allow this change.`, fields };
  if (status === 404) return { message: `${notDone}: this visit no longer exists.`, fields };
  if (errors.length > 0) return { message: `${notDone}: ${errors.map(({ message }) => message).join('; ')}.`, fields };
  return { message: `${notDone}: ${detail ?? title}.`, fields };
};
