import { useState } from 'react';
import { BookingDialog } from '../booking/booking-dialog';
import { useNow } from '../clock/browser-clock';
import { useNewBookingShortcut } from '../shortcuts/calendar-shortcuts';
import { AppointmentPanel } from '../visits/appointment-panel';
import { AgendaList } from './agenda-list';
import { CalendarGrid, type FreeStart, type GridColumn } from './calendar-grid';
import type { CalendarView } from './calendar-view';
import { gridStepMinutes, openRanges, rowTimes, type CalendarFacts } from './cell-availability';
import {
  patientName,
  shortestOf,
  useAvailabilityExceptions,
  useFreeSlots,
  usePatientNames,
  useSchedule,
  type Appointment,
  type AppointmentType,
  type Location,
  type Provider,
  type Slot,
  type WorkingHours,
} from './day-data';
import { CheckATime } from './find-next-available/check-a-time';
import { FindNextAvailable } from './find-next-available/find-next-available';
import { MoveRefusal } from './move-visit/move-refusal';
import { MoveVisitDialog } from './move-visit/move-visit-dialog';
import { movedVisit, useMoveVisit, type VisitMove } from './move-visit/use-move-visit';
import { clockTimeIn, dateIn, shortDate, spokenTime, weekOf } from './wall-clock';

interface CalendarBoardProps {
  location: Location;
  view: CalendarView;
  providers: Provider[];
  /** Set in the week view: the provider whose days stand side by side. */
  weekProvider: Provider | undefined;
  workingHours: WorkingHours[];
  appointmentTypes: AppointmentType[];
}

/** A day: every provider at work here that day, side by side. A week: one provider's seven days. */
const columnsOf = (facts: CalendarFacts, props: CalendarBoardProps, dates: string[]): GridColumn[] => {
  if (props.weekProvider) {
    const provider = props.weekProvider;
    return dates.map((date) => ({
      key: date,
      heading: shortDate(date),
      provider,
      date,
      spokenAs: `${provider.displayName} on ${shortDate(date)}`,
    }));
  }
  const [date] = dates;
  const present = (provider: Provider) =>
    openRanges(facts, provider.id, date).length > 0 ||
    [...facts.slots, ...facts.appointments].some((entry) => entry.providerId === provider.id);
  return props.providers.filter(present).map((provider) => ({
    key: provider.id,
    heading: provider.displayName,
    provider,
    date,
    spokenAs: provider.displayName,
  }));
};

/** The earliest free start shown, the leftmost column first at the same time, for a walk-in booked from the keyboard. */
const firstFreeStart = (slots: Slot[], providers: Provider[]): FreeStart | undefined => {
  const column = (slot: Slot) => providers.findIndex((provider) => provider.id === slot.providerId);
  const [first] = slots
    .filter((slot) => column(slot) >= 0)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || column(a) - column(b));
  return first && { provider: providers[column(first)], startsAt: first.startsAt, clockTime: first.localTime };
};

export const CalendarBoard = (props: CalendarBoardProps) => {
  const { location, view, providers, weekProvider, workingHours, appointmentTypes } = props;
  const dates = weekProvider ? weekOf(view.date) : [view.date];
  const schedule = useSchedule(location.id, dates[0], view.span);
  const shortest = shortestOf(appointmentTypes);
  const slots = useFreeSlots({
    locationId: location.id,
    appointmentType: shortest,
    from: dates[0],
    to: dates[dates.length - 1],
    providerId: weekProvider?.id,
  });
  const exceptions = useAvailabilityExceptions();
  const now = useNow();
  const appointments = (schedule.data?.appointments ?? []).filter(
    (visit) => !weekProvider || visit.providerId === weekProvider.id,
  );
  const patientNames = usePatientNames(appointments.map((visit) => visit.patientId));
  const typeNames = new Map(appointmentTypes.map((type) => [type.id, type.name]));
  const [booking, setBooking] = useState<FreeStart>();
  const [askMove, setAskMove] = useState<Appointment>();
  const [openVisitId, setOpenVisitId] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  const nameOf = (visit: Appointment) => patientNames.get(visit.patientId) ?? 'Patient';
  const announceMove = ({ visit, provider, startsAt }: VisitMove) => {
    setAskMove(undefined);
    setAnnouncement(
      `Moved ${nameOf(visit)} to ${provider.displayName} at ${spokenTime(clockTimeIn(startsAt, location.timeZone))} on ${shortDate(dateIn(startsAt, location.timeZone))}.`,
    );
  };
  const mover = useMoveVisit(location, announceMove);
  // What was said of the last move no longer holds once another is under way.
  const moveVisit = (move: VisitMove) => {
    setAnnouncement('');
    mover.move(move);
  };
  useNewBookingShortcut(() => {
    const start = firstFreeStart(slots.data ?? [], weekProvider ? [weekProvider] : providers);
    if (!start) return setAnnouncement('There is no free time left to book on the calendar shown.');
    setAnnouncement('');
    setBooking(start);
  });

  if (schedule.isError || slots.isError || exceptions.isError)
    return <p role="alert">The day could not be loaded. Reload the page to try again.</p>;
  if (schedule.isPending || slots.isPending || exceptions.isPending) return <p role="status">Loading the day…</p>;

  const facts: CalendarFacts = {
    locationId: location.id,
    timeZone: location.timeZone,
    now: now.getTime(),
    workingHours,
    exceptions: exceptions.data,
    slots: slots.data,
    appointments: appointments.map((visit) => (visit.id === mover.moving?.visit.id ? movedVisit(mover.moving) : visit)),
  };
  const columns = columnsOf(facts, props, dates);
  const openVisit = facts.appointments.find((visit) => visit.id === openVisitId);
  const visitTimes = facts.appointments.map((visit) => clockTimeIn(visit.startsAt, location.timeZone));
  const dropVisit = (visitId: string, provider: Provider, startsAt: string) => {
    const visit = appointments.find((candidate) => candidate.id === visitId);
    const unchanged = visit?.providerId === provider.id && Date.parse(visit.startsAt) === Date.parse(startsAt);
    if (visit && !unchanged) moveVisit({ visit, provider, startsAt });
  };

  return (
    <>
      <p role="status" className="announcement">
        {announcement}
      </p>
      {mover.refused && (
        <MoveRefusal
          refused={mover.refused}
          timeZone={location.timeZone}
          patientName={nameOf(mover.refused.move.visit)}
          onMove={moveVisit}
        />
      )}
      <div className="calendar-layout">
        <CalendarGrid
          caption={
            weekProvider
              ? `${weekProvider.displayName}’s week at ${location.name}`
              : `Visits and free times at ${location.name}`
          }
          columns={columns}
          times={rowTimes(
            facts,
            columns.map((column) => ({ providerId: column.provider.id, date: column.date })),
            gridStepMinutes(shortest?.durationMinutes),
            visitTimes,
          )}
          facts={facts}
          patientNames={patientNames}
          typeNames={typeNames}
          movingVisitId={mover.moving?.visit.id}
          onBook={(start) => {
            setAnnouncement('');
            setBooking(start);
          }}
          onAskMove={setAskMove}
          onOpenVisit={(visit) => setOpenVisitId(visit.id)}
          onDropVisit={dropVisit}
        />
        <div className="calendar-side">
          <AgendaList
            date={view.date}
            timeZone={location.timeZone}
            appointments={facts.appointments}
            providers={providers}
            patientNames={patientNames}
            typeNames={typeNames}
            onAskMove={setAskMove}
            onOpenVisit={(visit) => setOpenVisitId(visit.id)}
          />
          <FindNextAvailable
            location={location}
            providers={providers}
            appointmentTypes={appointmentTypes}
            from={view.date}
            onBook={setBooking}
          />
          <CheckATime
            location={location}
            providers={providers}
            appointmentTypes={appointmentTypes}
            workingHours={workingHours}
            date={view.date}
          />
        </div>
      </div>
      {booking && (
        <BookingDialog
          start={booking}
          location={location}
          appointmentTypes={appointmentTypes.filter((type) => type.active)}
          onClose={() => setBooking(undefined)}
          onBooked={(visit, patient) => {
            setBooking(undefined);
            setAnnouncement(
              `Booked ${patientName(patient)} with ${booking.provider.displayName} at ${spokenTime(clockTimeIn(visit.startsAt, location.timeZone))}.`,
            );
          }}
        />
      )}
      {openVisit && (
        <AppointmentPanel
          visit={openVisit}
          onClose={() => setOpenVisitId(undefined)}
          onMove={(visit) => {
            setOpenVisitId(undefined);
            setAskMove(visit);
          }}
        />
      )}
      {askMove && (
        <MoveVisitDialog
          visit={askMove}
          patientName={nameOf(askMove)}
          location={location}
          providers={columns.length > 0 && !weekProvider ? columns.map((column) => column.provider) : providers}
          appointmentType={appointmentTypes.find((type) => type.id === askMove.appointmentTypeId)}
          onClose={() => setAskMove(undefined)}
          onMoved={announceMove}
        />
      )}
    </>
  );
};
