import { describe, expect, it } from '@jest/globals';
import { availabilityAt, rowTimes, type CalendarFacts } from './cell-availability';
import type { Appointment, AvailabilityException } from './day-data';
import { instantAt, weekOf } from './wall-clock';

const CHICAGO = 'America/Chicago';
const LOCATION = 'location-1';
const ADA = 'provider-ada';
const MONDAY = '2026-03-09';

const weekdayHours = [1, 2, 3, 4, 5].map((weekday) => ({
  id: `hours-${weekday}`,
  providerId: ADA,
  locationId: LOCATION,
  weekday,
  start: '09:00',
  end: '12:00',
}));

const anException = (fields: Partial<AvailabilityException>): AvailabilityException => ({
  id: 'exception-1',
  tenantId: 'clinic-1',
  providerId: null,
  locationId: null,
  fromDate: null,
  toDate: null,
  kind: 'time_off',
  startsAt: null,
  endsAt: null,
  startTime: null,
  endTime: null,
  reason: null,
  createdAt: '2026-03-01T00:00:00Z',
  ...fields,
});

/** A 30-minute visit at 10:00 in Chicago with 10 minutes of buffer after it. */
const aVisitAtTen = (): Appointment => ({
  id: 'visit-1',
  tenantId: 'clinic-1',
  localDate: MONDAY,
  localTime: '10:00',
  allowPatientOverlap: false,
  patientId: 'patient-1',
  providerId: ADA,
  locationId: LOCATION,
  roomId: null,
  appointmentTypeId: 'type-1',
  startsAt: instantAt(MONDAY, '10:00', CHICAGO),
  endsAt: instantAt(MONDAY, '10:30', CHICAGO),
  blockedFrom: instantAt(MONDAY, '10:00', CHICAGO),
  blockedUntil: instantAt(MONDAY, '10:40', CHICAGO),
  timeZone: CHICAGO,
  status: 'booked',
  cancellationReason: null,
  notes: null,
  diagnoses: [],
  procedures: [],
  createdAt: '2026-03-01T00:00:00Z',
  updatedAt: '2026-03-01T00:00:00Z',
});

const factsWith = (changes: Partial<CalendarFacts> = {}): CalendarFacts => ({
  locationId: LOCATION,
  timeZone: CHICAGO,
  now: Date.parse('2026-03-01T12:00:00Z'),
  workingHours: weekdayHours,
  exceptions: [],
  appointments: [],
  slots: [],
  ...changes,
});

describe('why a start cannot be booked', () => {
  it('says a provider is not working outside their hours and at weekends', () => {
    expect(availabilityAt(factsWith(), ADA, MONDAY, '08:45')).toMatchObject({ kind: 'not-working' });
    expect(availabilityAt(factsWith(), ADA, '2026-03-14', '09:00')).toMatchObject({ kind: 'not-working' });
  });

  it('says a start already gone is past, whatever else holds it', () => {
    const facts = factsWith({ appointments: [aVisitAtTen()], now: Date.parse(instantAt(MONDAY, '10:20', CHICAGO)) });
    expect(availabilityAt(facts, ADA, MONDAY, '10:15')).toMatchObject({ kind: 'past' });
    expect(availabilityAt(facts, ADA, MONDAY, '10:30')).toMatchObject({ kind: 'buffer' });
  });

  it('tells a visit from the buffer that follows it', () => {
    const facts = factsWith({ appointments: [aVisitAtTen()] });
    expect(availabilityAt(facts, ADA, MONDAY, '10:15')).toMatchObject({ kind: 'taken' });
    expect(availabilityAt(facts, ADA, MONDAY, '10:30')).toMatchObject({ kind: 'buffer' });
    expect(availabilityAt(facts, ADA, MONDAY, '10:45')).toMatchObject({ kind: 'no-room' });
  });

  it('does not count a cancelled visit as holding the time', () => {
    const facts = factsWith({ appointments: [{ ...aVisitAtTen(), status: 'cancelled' }] });
    expect(availabilityAt(facts, ADA, MONDAY, '10:15')).toMatchObject({ kind: 'no-room' });
  });

  it('names time off and a closed clinic with their reasons', () => {
    const away = anException({ providerId: ADA, fromDate: MONDAY, toDate: MONDAY, reason: 'Conference' });
    const holiday = anException({ kind: 'holiday', locationId: LOCATION, fromDate: MONDAY, reason: 'Flood' });
    expect(availabilityAt(factsWith({ exceptions: [away] }), ADA, MONDAY, '09:00')).toEqual({
      kind: 'time-off',
      words: 'Time off: Conference',
    });
    expect(availabilityAt(factsWith({ exceptions: [holiday] }), ADA, MONDAY, '09:00')).toEqual({
      kind: 'closed',
      words: 'Clinic closed: Flood',
    });
  });

  it('offers a free start the service listed', () => {
    const slot = {
      providerId: ADA,
      locationId: LOCATION,
      startsAt: instantAt(MONDAY, '09:00', CHICAGO),
      endsAt: instantAt(MONDAY, '09:15', CHICAGO),
      localDate: MONDAY,
      localTime: '09:00',
    };
    expect(availabilityAt(factsWith({ slots: [slot] }), ADA, MONDAY, '09:00')).toEqual({ kind: 'free', slot });
  });
});

describe('the grid’s rows', () => {
  it('step through the working hours, with extra hours and a visit outside them', () => {
    const extra = anException({
      kind: 'extra_hours',
      providerId: ADA,
      locationId: LOCATION,
      fromDate: MONDAY,
      startTime: '13:00:00',
      endTime: '13:30:00',
    });
    const times = rowTimes(factsWith({ exceptions: [extra] }), [{ providerId: ADA, date: MONDAY }], 15, ['07:50']);
    expect(times[0]).toBe('07:50');
    expect(times.slice(1, 4)).toEqual(['09:00', '09:15', '09:30']);
    expect(times.slice(-3)).toEqual(['11:45', '13:00', '13:15']);
  });
});

describe('the location’s clock', () => {
  it('gives a start its offset on each side of the spring-forward night', () => {
    expect(instantAt('2026-03-07', '09:00', CHICAGO)).toBe('2026-03-07T09:00:00-06:00');
    expect(instantAt('2026-03-09', '09:00', CHICAGO)).toBe('2026-03-09T09:00:00-05:00');
  });

  it('cuts a week from Monday to Sunday', () => {
    expect(weekOf('2026-03-12')).toEqual([
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
      '2026-03-14',
      '2026-03-15',
    ]);
  });
});
