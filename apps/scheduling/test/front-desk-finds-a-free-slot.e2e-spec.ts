import { TenantTransactions } from '@praxis/tenancy';
import { FixedClock, RunningService } from '@praxis/testing';
import request from 'supertest';
import { AvailabilityCalendar } from '../src/availability/availability-calendar';
import { LocationDirectory } from '../src/locations/location-directory';
import { ProviderDirectory } from '../src/providers/provider-directory';
import { CalendarBuilder, IdentityEvents } from './calendar-builders';
import { aNewClinic, startScheduling, TestClinic } from './scheduling-harness';

// The service never offers past slots: its clock stands on Sunday 1 March 2026, before every day asked about here,
// America/Chicago's DST changes (8 March and 1 November 2026) included.
const TODAY = '2026-03-01T12:00:00-06:00';
const MONDAY = '2026-03-16';

interface SlotBody {
  providerId: string;
  locationId: string;
  startsAt: string;
  endsAt: string;
  localDate: string;
  localTime: string;
}

describe('the front desk finds a free slot', () => {
  let scheduling: RunningService;
  let events: IdentityEvents;
  let calendar: CalendarBuilder;

  beforeAll(async () => {
    scheduling = await startScheduling({}, new FixedClock(new Date(TODAY)));
    events = new IdentityEvents();
    calendar = new CalendarBuilder(scheduling, events);
  });
  afterAll(async () => {
    await events.close();
    await scheduling.close();
  });

  /** Dr Grey works 09:00–17:00 every day at Downtown (America/Chicago). */
  const aStaffedClinic = async (
    visit: { durationMinutes?: number; bufferBeforeMinutes?: number; bufferAfterMinutes?: number } = {},
  ) => {
    const clinic = aNewClinic();
    const locationId = await calendar.location(clinic, 'Downtown');
    const provider = await calendar.provider(clinic, 'Dr Grey');
    await calendar.workingHours(clinic, provider.id, locationId);
    const appointmentTypeId = await calendar.appointmentType(clinic, visit);
    return { clinic, locationId, providerId: provider.id, appointmentTypeId };
  };

  const findSlots = async (clinic: TestClinic, query: Record<string, string>, status = 200) =>
    request(scheduling.url)
      .get('/api/v1/slots')
      .query(query)
      .set(await clinic.as('front_desk'))
      .expect(status);

  const slotsOn = (slots: SlotBody[], date: string) => slots.filter((slot) => slot.localDate === date);

  it('lists the day’s slots with the location’s offset and local date and time', async () => {
    const { clinic, locationId, providerId, appointmentTypeId } = await aStaffedClinic();
    const { body } = await findSlots(clinic, { appointmentTypeId, locationId, from: MONDAY, to: MONDAY });
    expect(body).toHaveLength(31);
    expect(body[0]).toEqual({
      providerId,
      locationId,
      startsAt: `${MONDAY}T09:00:00-05:00`,
      endsAt: `${MONDAY}T09:30:00-05:00`,
      localDate: MONDAY,
      localTime: '09:00',
    });
    const inNewYork = await findSlots(clinic, {
      appointmentTypeId,
      locationId,
      providerId,
      from: MONDAY,
      to: MONDAY,
      timeZone: 'America/New_York',
      limit: '1',
    });
    expect(inNewYork.body).toEqual([
      expect.objectContaining({ startsAt: `${MONDAY}T10:00:00-04:00`, localTime: '10:00' }),
    ]);
  });

  it.each([
    ['spring-forward', '2026-03-07', '2026-03-08', '-06:00', '-05:00'],
    ['fall-back', '2026-10-31', '2026-11-01', '-05:00', '-06:00'],
  ])(
    'keeps 09:00–17:00 local across the %s change, with a normal day’s count of slots',
    async (_, dayBefore, changeDay, offsetBefore, offsetAfter) => {
      const { clinic, locationId, appointmentTypeId } = await aStaffedClinic();
      const { body } = await findSlots(clinic, { appointmentTypeId, locationId, from: dayBefore, to: changeDay });
      expect(slotsOn(body, dayBefore)).toHaveLength(31);
      expect(slotsOn(body, changeDay)).toHaveLength(31);
      expect(slotsOn(body, dayBefore)[0].startsAt).toBe(`${dayBefore}T09:00:00${offsetBefore}`);
      expect(slotsOn(body, changeDay)[0].startsAt).toBe(`${changeDay}T09:00:00${offsetAfter}`);
      expect(slotsOn(body, changeDay)[30].endsAt).toBe(`${changeDay}T17:00:00${offsetAfter}`);
    },
  );

  it('takes time off and holidays away, gives extra hours, and gives them back when removed', async () => {
    const { clinic, locationId, providerId, appointmentTypeId } = await aStaffedClinic({ durationMinutes: 60 });
    const frontDesk = await clinic.as('front_desk');
    const availability = (path: string) => request(scheduling.url).post(`/api/v1/availability/${path}`).set(frontDesk);
    const timeOff = await availability('time-off')
      .send({ providerId, fromDate: '2026-03-17', toDate: '2026-03-17', reason: 'conference' })
      .expect(201);
    await availability('time-off')
      .send({ providerId, startsAt: '2026-03-16T10:00:00-05:00', endsAt: '2026-03-16T16:00:00-05:00' })
      .expect(201);
    await availability('holidays').send({ locationId, date: '2026-03-18', reason: 'staff training' }).expect(201);
    await availability('extra-hours')
      .send({ providerId, locationId, date: '2026-03-19', start: '17:00', end: '19:00' })
      .expect(201);
    const badTimeOff = await availability('time-off')
      .send({ providerId, fromDate: '2026-03-21', toDate: '2026-03-20' })
      .expect(400);
    expect(badTimeOff.body.errors[0].field).toBe('toDate');
    const { body } = await findSlots(clinic, { appointmentTypeId, locationId, from: MONDAY, to: '2026-03-19' });
    expect(slotsOn(body, MONDAY).map((slot: SlotBody) => slot.localTime)).toEqual(['09:00', '16:00']);
    expect(slotsOn(body, '2026-03-17')).toEqual([]);
    expect(slotsOn(body, '2026-03-18')).toEqual([]);
    expect(slotsOn(body, '2026-03-19').at(-1)?.localTime).toBe('18:00');
    await request(scheduling.url)
      .delete(`/api/v1/availability/exceptions/${timeOff.body.id}`)
      .set(frontDesk)
      .expect(204);
    const listed = await request(scheduling.url)
      .get('/api/v1/availability/exceptions')
      .query({ providerId })
      .set(frontDesk)
      .expect(200);
    expect(listed.body.map((exception: { kind: string }) => exception.kind).sort()).toEqual([
      'extra_hours',
      'time_off',
    ]);
    const after = await findSlots(clinic, { appointmentTypeId, locationId, from: '2026-03-17', to: '2026-03-17' });
    expect(after.body).toHaveLength(29);
  });

  it('keeps new visits and their buffers clear of booked appointments', async () => {
    const { clinic, locationId, providerId, appointmentTypeId } = await aStaffedClinic({
      durationMinutes: 30,
      bufferBeforeMinutes: 15,
      bufferAfterMinutes: 15,
    });
    await calendar.bookedAppointment(clinic, {
      providerId,
      locationId,
      appointmentTypeId,
      startsAt: `${MONDAY}T10:00:00-05:00`,
      endsAt: `${MONDAY}T11:00:00-05:00`,
    });
    const { body } = await findSlots(clinic, { appointmentTypeId, locationId, providerId, from: MONDAY, to: MONDAY });
    const times = body.map((slot: SlotBody) => slot.localTime);
    expect(times).toEqual(expect.arrayContaining(['09:00', '09:15', '11:15']));
    for (const overlapping of ['09:30', '09:45', '10:00', '10:30', '10:45']) expect(times).not.toContain(overlapping);
  });

  it('searches every provider with hours at the location when none is named', async () => {
    const { clinic, locationId, providerId, appointmentTypeId } = await aStaffedClinic();
    const uptown = await calendar.location(clinic, 'Uptown');
    const elsewhere = await calendar.provider(clinic, 'Dr House');
    await calendar.workingHours(clinic, elsewhere.id, uptown);
    const second = await calendar.provider(clinic, 'Dr Yang');
    await calendar.workingHours(clinic, second.id, locationId, [{ weekday: 1, start: '09:00', end: '10:00' }]);
    const { body } = await findSlots(clinic, { appointmentTypeId, locationId, from: MONDAY, to: MONDAY });
    expect(new Set(body.map((slot: SlotBody) => slot.providerId))).toEqual(new Set([providerId, second.id]));
    expect(body).toHaveLength(31 + 3);
  });

  it('answers 400 problem+json naming the field for a bad zone, range or date', async () => {
    const { clinic, locationId, appointmentTypeId } = await aStaffedClinic();
    const cases: Array<[Record<string, string>, string]> = [
      [{ from: MONDAY, to: MONDAY, timeZone: 'Mars/Olympus' }, 'timeZone'],
      [{ from: '2026-03-21', to: MONDAY }, 'to'],
      [{ from: '2026-03-02', to: '2026-04-02' }, 'to'],
      [{ from: '2026-02-30', to: '2026-03-02' }, 'from'],
    ];
    for (const [range, field] of cases) {
      const response = await findSlots(clinic, { appointmentTypeId, locationId, ...range }, 400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.errors.map((problem: { field: string }) => problem.field)).toEqual([field]);
    }
    expect(
      (await findSlots(clinic, { appointmentTypeId, locationId, from: '2026-03-02', to: '2026-04-01' })).body.length,
    ).toBeGreaterThan(0);
  });

  it('does not show one clinic’s calendar to another', async () => {
    const { locationId, appointmentTypeId } = await aStaffedClinic();
    await findSlots(aNewClinic(), { appointmentTypeId, locationId, from: MONDAY, to: MONDAY }, 404);
  });

  it('tells booking why a visit cannot be booked, and nothing when it can', async () => {
    const { clinic, locationId, providerId } = await aStaffedClinic();
    const reasonFor = (startsAt: string, endsAt: string) =>
      scheduling.app.get(TenantTransactions).runFor(clinic.tenantId, async (manager) => {
        const provider = await scheduling.app.get(ProviderDirectory).get(manager, providerId);
        const location = await scheduling.app.get(LocationDirectory).get(manager, locationId);
        return scheduling.app
          .get(AvailabilityCalendar)
          .unbookableReason(manager, { provider, location, startsAt: new Date(startsAt), endsAt: new Date(endsAt) });
      });
    expect(await reasonFor(`${MONDAY}T16:30:00-05:00`, `${MONDAY}T17:00:00-05:00`)).toBeNull();
    expect(await reasonFor(`${MONDAY}T16:45:00-05:00`, `${MONDAY}T17:15:00-05:00`)).toBe(
      `outside Dr Grey's working hours at Downtown on ${MONDAY} (09:00–17:00)`,
    );
  });
});
