import { useState } from 'react';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { BookingDialog } from '../booking/booking-dialog';
import { navigate, searchParam, useLocation } from '../navigation/navigation';
import { useSession } from '../session/session';
import { DayGrid, type FreeStart } from './day-grid';
import {
  patientName,
  type Appointment,
  type Provider,
  type Slot,
  useAppointmentTypes,
  useFreeSlots,
  useLocations,
  usePatientNames,
  useProviders,
  useSchedule,
} from './day-data';
import { addDays, spokenDate, spokenTime, clockTimeIn, todayIn } from './wall-clock';

/** Providers with a free start or a visit at this location that day; the others work elsewhere or are off. */
const workingHere = (providers: Provider[], slots: Slot[], appointments: Appointment[]): Provider[] => {
  const present = new Set([...slots.map((slot) => slot.providerId), ...appointments.map((visit) => visit.providerId)]);
  return providers.filter((provider) => present.has(provider.id));
};

/** The front desk's day at one location: every provider side by side, on the location's clock. */
export const FrontDeskDayPage = () => {
  const { signOut } = useSession();
  const path = useLocation();
  const locations = useLocations();
  const providers = useProviders();
  const types = useAppointmentTypes();
  const location =
    locations.data?.find((candidate) => candidate.id === searchParam(path, 'location')) ?? locations.data?.[0];
  const date = searchParam(path, 'date') ?? (location ? todayIn(location.timeZone) : '');
  const schedule = useSchedule(location?.id, date);
  const shortestType = [...(types.data ?? [])]
    .filter((type) => type.active)
    .sort((a, b) => a.durationMinutes - b.durationMinutes)[0];
  const slots = useFreeSlots(location?.id, date, shortestType);
  const appointments = schedule.data?.appointments ?? [];
  const patientNames = usePatientNames(appointments.map((visit) => visit.patientId));
  const [booking, setBooking] = useState<FreeStart>();
  const [announcement, setAnnouncement] = useState('');

  const show = (changes: { location?: string; date?: string }) =>
    navigate(`/calendar?${new URLSearchParams({ location: location?.id ?? '', date, ...changes }).toString()}`);

  const failed = [locations, providers, types, schedule, slots].find((query) => query.isError);
  const loading = !location || !providers.data || !types.data || schedule.isPending || slots.isPending;

  return (
    <div className="front-desk">
      <header className="top-bar">
        <span className="brand">Praxis</span>
        <Button onPress={() => void signOut()}>Sign out</Button>
      </header>
      <main>
        <h1>{location ? `${location.name} — ${spokenDate(date)}` : 'Front desk'}</h1>
        <div className="toolbar">
          {locations.data && locations.data.length > 1 && (
            <Select selectedKey={location?.id ?? null} onSelectionChange={(key) => show({ location: String(key) })}>
              <Label>Location</Label>
              <Button>
                <SelectValue />
              </Button>
              <Popover>
                <ListBox items={locations.data}>{(item) => <ListBoxItem>{item.name}</ListBoxItem>}</ListBox>
              </Popover>
            </Select>
          )}
          <Button onPress={() => show({ date: addDays(date, -1) })}>Previous day</Button>
          <Button onPress={() => location && show({ date: todayIn(location.timeZone) })}>Today</Button>
          <Button onPress={() => show({ date: addDays(date, 1) })}>Next day</Button>
          {location && <span className="zone-note">Times in {location.timeZone}</span>}
        </div>
        <p role="status" className="announcement">
          {announcement}
        </p>
        {failed ? (
          <p role="alert">The day could not be loaded. Reload the page to try again.</p>
        ) : loading ? (
          <p role="status">Loading the day…</p>
        ) : (
          <DayGrid
            caption={`Visits and free times at ${location.name}`}
            timeZone={location.timeZone}
            providers={workingHere(providers.data, slots.data ?? [], appointments)}
            slots={slots.data ?? []}
            appointments={appointments}
            patientNames={patientNames}
            typeNames={new Map(types.data.map((type) => [type.id, type.name]))}
            onBook={(start) => {
              setAnnouncement('');
              setBooking(start);
            }}
          />
        )}
      </main>
      {booking && location && types.data && (
        <BookingDialog
          start={booking}
          location={location}
          date={date}
          appointmentTypes={types.data.filter((type) => type.active)}
          onClose={() => setBooking(undefined)}
          onBooked={(visit, patient) => {
            setBooking(undefined);
            setAnnouncement(
              `Booked ${patientName(patient)} with ${booking.provider.displayName} at ${spokenTime(clockTimeIn(visit.startsAt, location.timeZone))}.`,
            );
          }}
        />
      )}
    </div>
  );
};
