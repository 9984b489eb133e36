import { useState } from 'react';
import { LocationSelect, useChosenLocation } from '../calendar/location-select';
import {
  type Appointment,
  useAppointmentTypes,
  usePatientNames,
  useProviders,
  useSchedule,
} from '../calendar/day-data';
import { spokenDate, todayIn } from '../calendar/wall-clock';
import { useNow } from '../clock/browser-clock';
import { navigate } from '../navigation/navigation';
import { ConsolePage } from '../navigation/console-page';
import { AppointmentPanel } from '../visits/appointment-panel';
import type { PanelForm } from '../visits/visit-actions';
import { FlowBoardTable } from './flow-board-table';
import './flow-board.css';

/** Today at one location as the front desk works it: who is due, who is late, who is waiting and for how long. */
export const FlowBoardPage = () => {
  const { locations, location } = useChosenLocation();
  const providers = useProviders();
  const types = useAppointmentTypes();
  const now = useNow();
  const date = location ? todayIn(location.timeZone, now) : '';
  const schedule = useSchedule(location?.id, date);
  const visits = schedule.data?.appointments ?? [];
  const patientNames = usePatientNames(visits.map((visit) => visit.patientId));
  const [open, setOpen] = useState<{ visitId: string; form?: PanelForm }>();
  // The panel shows the visit as the board last read it, so a change made there shows at once in both.
  const openVisit = visits.find((visit) => visit.id === open?.visitId);

  const names = {
    patient: (visit: Appointment) => patientNames.get(visit.patientId) ?? 'Patient',
    provider: (visit: Appointment) => providers.data?.find(({ id }) => id === visit.providerId)?.displayName ?? '',
    type: (visit: Appointment) => types.data?.find(({ id }) => id === visit.appointmentTypeId)?.name ?? 'Visit',
  };
  const failed = [locations, providers, types, schedule].some((query) => query.isError);

  return (
    <ConsolePage title={location ? `Flow board — ${location.name}, ${spokenDate(date)}` : 'Flow board'}>
      <div className="toolbar">
        <LocationSelect
          locations={locations.data}
          location={location}
          onChange={(locationId) => navigate(`/flow-board?${new URLSearchParams({ location: locationId }).toString()}`)}
        />
        {location && <span className="zone-note">Times in {location.timeZone}</span>}
      </div>
      {failed ? (
        <p role="alert">Today&apos;s visits could not be loaded. Reload the page to try again.</p>
      ) : !location || schedule.isPending ? (
        <p role="status">Loading today&apos;s visits…</p>
      ) : (
        <FlowBoardTable
          caption={`Visits today at ${location.name}, in order of their start`}
          timeZone={location.timeZone}
          visits={visits}
          now={now}
          names={names}
          panelOpen={openVisit !== undefined}
          onOpen={(visit, form) => setOpen({ visitId: visit.id, form })}
        />
      )}
      {openVisit && <AppointmentPanel visit={openVisit} form={open?.form} onClose={() => setOpen(undefined)} />}
    </ConsolePage>
  );
};
