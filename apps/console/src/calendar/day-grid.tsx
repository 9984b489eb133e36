import { useRef, type KeyboardEvent } from 'react';
import { STATUS_LABELS } from './appointment-status';
import type { Appointment, Provider, Slot } from './day-data';
import { useGridKeyboard } from './grid-keyboard';
import { clockTimeIn, spokenTime } from './wall-clock';

export interface FreeStart {
  provider: Provider;
  startsAt: string;
  clockTime: string;
}

interface DayGridProps {
  caption: string;
  timeZone: string;
  providers: Provider[];
  slots: Slot[];
  appointments: Appointment[];
  patientNames: Map<string, string>;
  typeNames: Map<string, string>;
  onBook(start: FreeStart): void;
}

const rowTimes = (slots: Slot[], appointments: Appointment[], timeZone: string): string[] =>
  [
    ...new Set([
      ...slots.map((slot) => slot.localTime),
      ...appointments.map((visit) => clockTimeIn(visit.startsAt, timeZone)),
    ]),
  ].sort();

/** One column per provider, one row per start time on the location's clock: visits by status, free starts as buttons. */
export const DayGrid = ({
  caption,
  timeZone,
  providers,
  slots,
  appointments,
  patientNames,
  typeNames,
  onBook,
}: DayGridProps) => {
  const times = rowTimes(slots, appointments, timeZone);
  const visitsAt = (provider: Provider, time: string) =>
    appointments.filter((visit) => visit.providerId === provider.id && clockTimeIn(visit.startsAt, timeZone) === time);
  const freeAt = (provider: Provider, time: string) =>
    slots.find((slot) => slot.providerId === provider.id && slot.localTime === time);
  const table = useRef<HTMLTableElement>(null);
  const { onKeyDown, cellProps } = useGridKeyboard(table, times.length, providers.length);
  const bookOnEnter = (event: KeyboardEvent<HTMLTableCellElement>, start: FreeStart | undefined) => {
    if (!start || event.target !== event.currentTarget || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    onBook(start);
  };

  return (
    <table className="day-grid" role="grid" ref={table} onKeyDown={onKeyDown}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Time</th>
          {providers.map((provider) => (
            <th scope="col" key={provider.id}>
              {provider.displayName}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {times.length === 0 && (
          <tr>
            <td colSpan={providers.length + 1}>No working hours and no visits on this day.</td>
          </tr>
        )}
        {times.map((time, row) => (
          <tr key={time}>
            <th scope="row">{spokenTime(time)}</th>
            {providers.map((provider, column) => {
              const free = freeAt(provider, time);
              const start = free && { provider, startsAt: free.startsAt, clockTime: time };
              return (
                <td key={provider.id} {...cellProps(row, column)} onKeyDown={(event) => bookOnEnter(event, start)}>
                  {visitsAt(provider, time).map((visit) => (
                    <p key={visit.id} className={`visit visit-${visit.status}`}>
                      <span className="visit-patient">{patientNames.get(visit.patientId) ?? 'Patient'}</span>
                      <span>{typeNames.get(visit.appointmentTypeId) ?? 'Visit'}</span>
                      <span className="visit-status">{STATUS_LABELS[visit.status]}</span>
                    </p>
                  ))}
                  {start && (
                    // Reached with the arrow keys through its cell (Enter books), so it is no tab stop of its own.
                    <button
                      type="button"
                      tabIndex={-1}
                      className="free-slot"
                      aria-label={`Book ${provider.displayName} at ${spokenTime(time)}`}
                      onClick={() => onBook(start)}
                    >
                      Free
                    </button>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
};
