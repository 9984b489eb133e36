import { Button } from 'react-aria-components';
import { STATUS_LABELS } from './appointment-status';
import type { Appointment, Provider } from './day-data';
import { clockTimeIn, dateIn, spokenDate, spokenTime, type CalendarDate } from './wall-clock';

interface AgendaListProps {
  date: CalendarDate;
  timeZone: string;
  appointments: Appointment[];
  providers: Provider[];
  patientNames: Map<string, string>;
  typeNames: Map<string, string>;
  onAskMove(visit: Appointment): void;
  onOpenVisit(visit: Appointment): void;
}

/** The day's visits in time order, as a list a screen reader reads straight through: the grid's content without the grid. */
export const AgendaList = ({
  date,
  timeZone,
  appointments,
  providers,
  patientNames,
  typeNames,
  onAskMove,
  onOpenVisit,
}: AgendaListProps) => {
  const visits = appointments
    .filter((visit) => dateIn(visit.startsAt, timeZone) === date)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const providerName = (id: string) => providers.find((provider) => provider.id === id)?.displayName ?? 'Provider';

  return (
    <section className="agenda" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{`Agenda for ${spokenDate(date)}`}</h2>
      {visits.length === 0 ? (
        <p>No visits booked.</p>
      ) : (
        <ol>
          {visits.map((visit) => {
            const patient = patientNames.get(visit.patientId) ?? 'Patient';
            const start = spokenTime(clockTimeIn(visit.startsAt, timeZone));
            return (
              <li key={visit.id} className={`agenda-visit visit-${visit.status}`}>
                <span className="agenda-time">{`${start}–${spokenTime(clockTimeIn(visit.endsAt, timeZone))}`}</span>
                <Button className="visit-patient visit-open" onPress={() => onOpenVisit(visit)}>
                  {patient}
                </Button>
                <span>{`${typeNames.get(visit.appointmentTypeId) ?? 'Visit'} with ${providerName(visit.providerId)}`}</span>
                <span className="visit-status">{STATUS_LABELS[visit.status]}</span>
                {visit.status === 'booked' && (
                  <Button aria-label={`Move ${patient} at ${start}`} onPress={() => onAskMove(visit)}>
                    Move…
                  </Button>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
};
