import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Appointment } from '../calendar/day-data';
import { CHANGE_WORDS, sendVisitChange, type VisitChange, type VisitChangeKind } from './visit-change';
import { visitRefusalInWords, type VisitRefusal } from './visit-refusal';
import './visits.css';

/**
 * The service cannot reverse a check-in, a no-show, a cancellation or a completion, so a change waits this long in the
 * console before it is sent: until then "Undo" simply forgets it.
 */
export const UNDO_WINDOW_MS = 5_000;

export type VisitChangeState =
  | { phase: 'waiting' | 'sending'; kind: VisitChangeKind; patient: string }
  | { phase: 'refused'; kind: VisitChangeKind; refusal: VisitRefusal };

/** Waiting out its undo window or being sent: the visit takes no other change meanwhile. */
export const isUnderWay = (state: VisitChangeState | undefined): boolean =>
  state !== undefined && state.phase !== 'refused';

interface VisitChanges {
  stateOf(visitId: string): VisitChangeState | undefined;
  ask(visit: Appointment, change: VisitChange, patient: string): void;
  undo(visitId: string): void;
  dismiss(visitId: string): void;
}

const VisitChangesContext = createContext<VisitChanges | undefined>(undefined);

const without = <T,>(states: Map<string, T>, key: string): Map<string, T> => {
  const next = new Map(states);
  next.delete(key);
  return next;
};

/** Holds the changes still within their undo window, sends them when it closes, and keeps each refusal beside its visit. */
export const VisitChangesProvider = ({ children }: { children: ReactNode }) => {
  const queryClient = useQueryClient();
  const [states, setStates] = useState(new Map<string, VisitChangeState>());
  const timers = useRef(new Map<string, number>());
  const [announcement, setAnnouncement] = useState('');
  const put = useCallback(
    (visitId: string, state: VisitChangeState) => setStates((current) => new Map(current).set(visitId, state)),
    [],
  );

  const send = useCallback(
    async (visit: Appointment, change: VisitChange, patient: string) => {
      timers.current.delete(visit.id);
      put(visit.id, { phase: 'sending', kind: change.kind, patient });
      try {
        await sendVisitChange(visit.id, change);
        // The board and the panel show the new status before the change stops showing as under way.
        await queryClient.invalidateQueries({ queryKey: ['schedule'] });
        setStates((current) => without(current, visit.id));
        setAnnouncement(`${CHANGE_WORDS[change.kind].done} ${patient}.`);
      } catch (error) {
        put(visit.id, {
          phase: 'refused',
          kind: change.kind,
          refusal: visitRefusalInWords(error, change.kind, visit.status),
        });
        await queryClient.invalidateQueries({ queryKey: ['schedule'] });
      }
    },
    [queryClient, put],
  );

  const changes = useMemo<VisitChanges>(
    () => ({
      stateOf: (visitId) => states.get(visitId),
      ask: (visit, change, patient) => {
        window.clearTimeout(timers.current.get(visit.id));
        put(visit.id, { phase: 'waiting', kind: change.kind, patient });
        setAnnouncement(`${CHANGE_WORDS[change.kind].doing} ${patient}. Undo is possible for a few seconds.`);
        timers.current.set(
          visit.id,
          window.setTimeout(() => void send(visit, change, patient), UNDO_WINDOW_MS),
        );
      },
      undo: (visitId) => {
        const state = states.get(visitId);
        if (state?.phase !== 'waiting') return;
        window.clearTimeout(timers.current.get(visitId));
        timers.current.delete(visitId);
        setStates((current) => without(current, visitId));
        setAnnouncement(`Undone: nothing was changed for ${state.patient}.`);
      },
      dismiss: (visitId) => setStates((current) => without(current, visitId)),
    }),
    [states, send, put],
  );

  const unsent = [...states.values()].some(isUnderWay);
  useEffect(() => {
    if (!unsent) return;
    // Leaving the page within the undo window would drop the change without a word.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsent]);

  return (
    <VisitChangesContext.Provider value={changes}>
      {children}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </VisitChangesContext.Provider>
  );
};

export const useVisitChanges = (): VisitChanges => {
  const changes = useContext(VisitChangesContext);
  if (!changes) throw new Error('useVisitChanges outside VisitChangesProvider');
  return changes;
};
