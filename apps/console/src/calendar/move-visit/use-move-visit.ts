import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { dataOrThrow } from '../../api/problem';
import { refusalInWords, type Refusal } from '../../booking/booking-refusal';
import { refreshLocationCalendar, type Appointment, type Location, type Provider } from '../day-data';
import { clockTimeIn, spokenTime } from '../wall-clock';

export interface VisitMove {
  visit: Appointment;
  provider: Provider;
  /** The new start, with its UTC offset. */
  startsAt: string;
}

export interface RefusedMove {
  move: VisitMove;
  refusal: Refusal;
}

const shifted = (instant: string, byMs: number) => new Date(Date.parse(instant) + byMs).toISOString();

/** The visit as it will stand once moved: the same length and buffers, at the new start and provider. */
export const movedVisit = ({ visit, provider, startsAt }: VisitMove): Appointment => {
  const byMs = Date.parse(startsAt) - Date.parse(visit.startsAt);
  return {
    ...visit,
    providerId: provider.id,
    startsAt: shifted(visit.startsAt, byMs),
    endsAt: shifted(visit.endsAt, byMs),
    blockedFrom: shifted(visit.blockedFrom, byMs),
    blockedUntil: shifted(visit.blockedUntil, byMs),
  };
};

/**
 * Asks scheduling to move a visit; the service decides. While it decides, `moving` shows the visit where it was put;
 * a refusal puts it back where it was and says why, with the free times the service offers instead.
 */
export const useMoveVisit = (location: Location, onMoved: (move: VisitMove) => void) => {
  const queryClient = useQueryClient();
  const [refused, setRefused] = useState<RefusedMove>();
  const mutation = useMutation({
    mutationFn: async ({ visit, provider, startsAt }: VisitMove) =>
      dataOrThrow(
        await api.POST('/api/v1/appointments/{id}/reschedule', {
          params: { path: { id: visit.id } },
          body: { startsAt, providerId: provider.id },
        }),
      ),
    onMutate: () => setRefused(undefined),
    onError: (error, move) =>
      setRefused({
        move,
        refusal: refusalInWords(
          error,
          move.provider,
          spokenTime(clockTimeIn(move.startsAt, location.timeZone)),
          'move',
        ),
      }),
    onSuccess: async (_saved, move) => {
      await refreshLocationCalendar(queryClient, location.id);
      onMoved(move);
    },
  });

  return {
    move: (move: VisitMove) => mutation.mutate(move),
    moving: mutation.isPending ? mutation.variables : undefined,
    refused,
    dismiss: () => setRefused(undefined),
  };
};
