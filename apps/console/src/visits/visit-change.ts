import { api, type Schemas } from '../api/client';
import { dataOrThrow } from '../api/problem';
import type { Appointment } from '../calendar/day-data';

export type ProcedureLine = Schemas['ProcedureLineDto'];

/** A change of a visit's status as the front desk asks for it, with what the service needs to make it. */
export type VisitChange =
  | { kind: 'check-in' }
  | { kind: 'no-show' }
  | { kind: 'cancel'; reason: string }
  | { kind: 'complete'; diagnoses: string[]; procedures: ProcedureLine[] };

export type VisitChangeKind = VisitChange['kind'];

/** What the status alone rules out; the service decides the rest (the visit's day, its start) and says why it refuses. */
export const POSSIBLE_CHANGES: Record<Appointment['status'], readonly VisitChangeKind[]> = {
  booked: ['check-in', 'no-show', 'cancel'],
  checked_in: ['complete', 'cancel'],
  completed: [],
  cancelled: [],
  no_show: [],
};

export const CHANGE_WORDS: Record<VisitChangeKind, { ask: string; doing: string; done: string }> = {
  'check-in': { ask: 'Check in', doing: 'Checking in', done: 'Checked in' },
  'no-show': { ask: 'Mark no-show', doing: 'Marking as no-show', done: 'Marked as no-show' },
  cancel: { ask: 'Cancel visit', doing: 'Cancelling the visit of', done: 'Cancelled the visit of' },
  complete: { ask: 'Complete visit', doing: 'Completing the visit of', done: 'Completed the visit of' },
};

export const sendVisitChange = async (visitId: string, change: VisitChange): Promise<Appointment> => {
  const params = { path: { id: visitId } };
  switch (change.kind) {
    case 'check-in':
      return dataOrThrow(await api.POST('/api/v1/appointments/{id}/check-in', { params }));
    case 'no-show':
      return dataOrThrow(await api.POST('/api/v1/appointments/{id}/no-show', { params }));
    case 'cancel':
      return dataOrThrow(
        await api.POST('/api/v1/appointments/{id}/cancel', { params, body: { reason: change.reason } }),
      );
    case 'complete':
      return dataOrThrow(
        await api.POST('/api/v1/appointments/{id}/complete', {
          params,
          body: { diagnoses: change.diagnoses, procedures: change.procedures },
        }),
      );
  }
};
