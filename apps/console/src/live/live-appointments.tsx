import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { refreshLocationCalendar } from '../calendar/day-data';
import { patientKeys } from '../patients/patient-data';
import { useSession } from '../session/session';
import { followAppointmentChanges, type AppointmentChange, type LiveStatus } from './appointment-stream';
import './live.css';

export type { AppointmentChange, LiveStatus };

type ChangeListener = (change: AppointmentChange) => void;

interface LiveAppointments {
  status: LiveStatus;
  listen(listener: ChangeListener): () => void;
}

const LiveAppointmentsContext = createContext<LiveAppointments | undefined>(undefined);

/** Every calendar and flow board of the visit's location, and the patient's visit history; only those on screen refetch. */
const refreshAfter = (queryClient: QueryClient, change: AppointmentChange) =>
  Promise.all([
    refreshLocationCalendar(queryClient, change.locationId),
    queryClient.invalidateQueries({ queryKey: patientKeys.visits(change.patientId) }),
  ]);

/** While signed in, hears of every change another desk makes to the clinic's visits and refetches what it touches. */
export const LiveAppointmentsProvider = ({ children }: { children: ReactNode }) => {
  const { tokens } = useSession();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const listeners = useRef(new Set<ChangeListener>());

  useEffect(() => {
    const stop = new AbortController();
    void followAppointmentChanges(
      {
        tokens,
        onStatus: setStatus,
        onOpen: () => void queryClient.invalidateQueries(),
        onChange: (change) => {
          void refreshAfter(queryClient, change);
          for (const listener of listeners.current) listener(change);
        },
      },
      stop.signal,
    );
    return () => stop.abort();
  }, [tokens, queryClient]);

  const live = useMemo<LiveAppointments>(
    () => ({
      status,
      listen: (listener) => {
        listeners.current.add(listener);
        return () => listeners.current.delete(listener);
      },
    }),
    [status],
  );
  return <LiveAppointmentsContext.Provider value={live}>{children}</LiveAppointmentsContext.Provider>;
};

/**
 * Whether the clinic's visit changes are being heard. A screen whose queries the provider does not refresh (its keys
 * name neither the location's `schedule`/`slots` nor the patient's visits) passes `onChange` to refresh them itself;
 * keep it stable (useCallback), or it is registered anew on every render.
 */
export const useLiveAppointments = (onChange?: ChangeListener): LiveStatus => {
  const live = useContext(LiveAppointmentsContext);
  if (!live) throw new Error('useLiveAppointments outside LiveAppointmentsProvider');
  const { listen } = live;
  useEffect(() => (onChange ? listen(onChange) : undefined), [listen, onChange]);
  return live.status;
};

const IN_WORDS: Record<LiveStatus, string> = {
  connecting: 'Connecting live updates…',
  live: 'Live updates on',
  paused: 'Live updates paused, reconnecting…',
  off: 'Live updates unavailable',
};

/** Tells the desk whether the calendar follows other desks' changes by itself or needs a reload to catch up. */
export const LiveStatusNote = () => {
  const status = useLiveAppointments();
  return (
    <span role="status" className={`live-status ${status}`}>
      {IN_WORDS[status]}
    </span>
  );
};
