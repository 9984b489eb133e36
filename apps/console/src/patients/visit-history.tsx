import { STATUS_LABELS } from '../calendar/appointment-status';
import { useAppointmentTypes, useLocations, useProviders, type Appointment } from '../calendar/day-data';
import { clockTimeIn, dateIn, spokenDate, spokenTime } from '../calendar/wall-clock';
import { useNow } from '../clock/browser-clock';
import { useVisitHistory } from './patient-data';

const startOf = (visit: Appointment) => Date.parse(visit.startsAt);
const byStart = (a: Appointment, b: Appointment) => startOf(a) - startOf(b);

const namesBy = <T extends { id: string }>(items: T[] | undefined, name: (item: T) => string) =>
  new Map((items ?? []).map((item) => [item.id, name(item)]));

/** Each visit on the clock of the location it is at, which is where the patient will be, whatever the browser's zone. */
const VisitTable = ({ caption, visits }: { caption: string; visits: Appointment[] }) => {
  const providers = namesBy(useProviders().data, (provider) => provider.displayName);
  const types = namesBy(useAppointmentTypes().data, (type) => type.name);
  const locations = namesBy(useLocations().data, (location) => location.name);
  if (visits.length === 0) return <p>{`${caption}: none.`}</p>;
  return (
    <table className="record-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Time</th>
          <th scope="col">Provider</th>
          <th scope="col">Visit type</th>
          <th scope="col">Location</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {visits.map((visit) => (
          <tr key={visit.id}>
            <td>{spokenDate(dateIn(visit.startsAt, visit.timeZone))}</td>
            <td>{`${spokenTime(clockTimeIn(visit.startsAt, visit.timeZone))} (${visit.timeZone})`}</td>
            <td>{providers.get(visit.providerId) ?? '…'}</td>
            <td>{types.get(visit.appointmentTypeId) ?? '…'}</td>
            <td>{locations.get(visit.locationId) ?? '…'}</td>
            <td>{STATUS_LABELS[visit.status]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};

export const VisitHistory = ({ patientId }: { patientId: string }) => {
  const history = useVisitHistory(patientId);
  const now = useNow().getTime();
  if (history.isError) return <p role="alert">The visits could not be loaded. Reload the page to try again.</p>;
  if (!history.data) return <p role="status">Loading visits…</p>;
  const upcoming = history.data.filter((visit) => startOf(visit) >= now).sort(byStart);
  const past = history.data.filter((visit) => startOf(visit) < now).sort((a, b) => byStart(b, a));
  return (
    <>
      <VisitTable caption="Upcoming visits" visits={upcoming} />
      <VisitTable caption="Past visits" visits={past} />
    </>
  );
};
