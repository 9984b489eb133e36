import { Button } from 'react-aria-components';
import { STATUS_LABELS } from './appointment-status';
import type { Appointment, Provider, Slot } from './day-data';
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
  [...new Set([...slots.map((slot) => slot.localTime), ...appointments.map((visit) => clockTimeIn(visit.startsAt, timeZone))])].sort();

/** One column per provider, one row per start time on the location's clock: visits by status, free starts as buttons. */
export const DayGrid = ({ caption, timeZone, providers, slots, appointments, patientNames, typeNames, onBook }: DayGridProps) => {
  const times = rowTimes(slots, appointments, timeZone);
  const visitsAt = (provider: Provider, time: string) =>
    appointments.filter((visit) => visit.providerId === provider.id && clockTimeIn(visit.startsAt, timeZone) === time);
  const freeAt = (provider: Provider, time: string) => slots.find((slot) => slot.providerId === provider.id && slot.localTime === time);

  return (
    <table className="day-grid">
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
        {times.map((time) => (
          <tr key={time}>
            <th scope="row">{spokenTime(time)}</th>
            {providers.map((provider) => {
              const free = freeAt(provider, time);
              return (
                <td key={provider.id}>
                  {visitsAt(provider, time).map((visit) => (
                    <p key={visit.id} className={`visit visit-${visit.status}`}>
                      <span className="visit-patient">{patientNames.get(visit.patientId) ?? 'Patient'}</span>
                      <span>{typeNames.get(visit.appointmentTypeId) ?? 'Visit'}</span>
                      <span className="visit-status">{STATUS_LABELS[visit.status]}</span>
                    </p>
                  ))}
                  {free && (
                    <Button
                      className="free-slot"
                      aria-label={`Book ${provider.displayName} at ${spokenTime(time)}`}
                      onPress={() => onBook({ provider, startsAt: free.startsAt, clockTime: time })}
                    >
                      Free
                    </Button>
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
