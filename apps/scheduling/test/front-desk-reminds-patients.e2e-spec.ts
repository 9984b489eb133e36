import { Jobs, QueueName } from '@praxis/jobs';
import { eventually, FixedClock, RunningService, sharedInfrastructure } from '@praxis/testing';
import { Queue } from 'bullmq';
import request from 'supertest';
import { DateTime } from 'luxon';
import { SendAppointmentReminder } from '../src/reminders/send-appointment-reminder.job';
import { aBookableClinic, BookableClinic, CHICAGO } from './booking-builders';
import { CalendarBuilder, IdentityEvents } from './calendar-builders';
import { startScheduling } from './scheduling-harness';

const ONE_DAY_LEAD = { REMINDER_LEAD_MINUTES: '1440' };

interface SentReminder {
  appointmentId: string;
  message: string;
  appointmentStartsAt: string;
  appointmentLocalDate: string;
  appointmentLocalTime: string;
  timeZone: string;
}

/** How the reminder list names the visit time a reminder announced. */
const announcing = (startsAt: string) => {
  const local = DateTime.fromISO(startsAt).setZone(CHICAGO);
  return {
    message: announced(startsAt),
    appointmentStartsAt: new Date(startsAt).toISOString(),
    appointmentLocalDate: local.toISODate(),
    appointmentLocalTime: local.toFormat('HH:mm'),
    timeZone: CHICAGO,
  };
};

/** What the patient reads: the visit on the location's wall clock. */
const announced = (startsAt: string): string =>
  `Reminder: you have a visit on ${DateTime.fromISO(startsAt).setZone(CHICAGO).toFormat("ccc, LLL d 'at' h:mm a ZZZZ")}.`;

describe('patients are reminded of their visits', () => {
  // Reminder jobs wait in Redis by the real clock, so the service's clock stands at the moment the file starts.
  const clock = new FixedClock(new Date());
  let scheduling: RunningService;
  let events: IdentityEvents;
  let calendar: CalendarBuilder;
  let reminders: Queue;

  beforeAll(async () => {
    scheduling = await startScheduling(ONE_DAY_LEAD, clock);
    events = new IdentityEvents();
    calendar = new CalendarBuilder(scheduling, events);
    reminders = new Queue(QueueName.AppointmentReminders, {
      connection: { url: sharedInfrastructure().redisUrl },
      prefix: 'praxis',
    });
  });
  afterAll(async () => {
    await reminders.close();
    await events.close();
    await scheduling.close();
  });

  const aRoundTheClockClinic = () => aBookableClinic(scheduling, calendar, { start: '00:00', end: '23:55' });
  /** A visit on the hour, two to three hours (or more, when later) from the clock's now: well inside the day's lead. */
  const withinADay = (later = 0): string =>
    DateTime.fromJSDate(clock.now())
      .setZone(CHICAGO)
      .startOf('hour')
      .plus({ hours: 3 + later })
      .toISO({ suppressMilliseconds: true }) ?? '';
  const book = async (setup: BookableClinic, startsAt: string) =>
    (
      await request(scheduling.url)
        .post('/api/v1/appointments')
        .set(await setup.clinic.as('front_desk'))
        .send(setup.visit(startsAt))
        .expect(201)
    ).body;
  const pendingReminder = (appointmentId: string) => reminders.getJob(`SendAppointmentReminderJob/${appointmentId}`);
  const sentReminders = async (setup: BookableClinic) =>
    (
      await request(scheduling.url)
        .get('/api/v1/reminders')
        .set(await setup.clinic.as('front_desk'))
        .expect(200)
    ).body.items as SentReminder[];

  it('sends the reminder of a visit due within the lead at once, with its time, and keeps a later one for a day ahead', async () => {
    const setup = await aRoundTheClockClinic();
    const later = await book(setup, setup.at(3, '10:00'));
    const job = await eventually(async () => {
      const found = await pendingReminder(later.id);
      expect(found).toBeDefined();
      return found;
    });
    const dueAt = (job?.timestamp ?? 0) + (job?.delay ?? 0);
    expect(Math.abs(dueAt - (Date.parse(later.startsAt) - 86_400_000))).toBeLessThan(5_000);
    const soon = await book(setup, withinADay());
    await eventually(async () =>
      expect((await sentReminders(setup)).map((reminder) => reminder.appointmentId)).toContain(soon.id),
    );
    expect(await sentReminders(setup)).toEqual([
      expect.objectContaining({ appointmentId: soon.id, message: announced(soon.startsAt) }),
    ]);
    expect(await (await pendingReminder(later.id))?.getState()).toBe('delayed');
  });

  it('reminds the patient of a moved visit at its new time, and lists which time each reminder announced', async () => {
    const setup = await aRoundTheClockClinic();
    const first = await book(setup, withinADay());
    const remindedOf = async (count: number) =>
      eventually(async () => {
        const sent = await sentReminders(setup);
        expect(sent).toHaveLength(count);
        return sent;
      });
    expect(await remindedOf(1)).toEqual([expect.objectContaining(announcing(first.startsAt))]);
    const moved = await request(scheduling.url)
      .post(`/api/v1/appointments/${first.id}/reschedule`)
      .set(await setup.clinic.as('front_desk'))
      .send({ startsAt: withinADay(2) })
      .expect(200);
    expect(await remindedOf(2)).toEqual([
      expect.objectContaining({ appointmentId: first.id, ...announcing(first.startsAt) }),
      expect.objectContaining({ appointmentId: first.id, ...announcing(moved.body.startsAt) }),
    ]);
  });

  it('moves the reminder when the visit moves, drops it when the visit is cancelled, and never sends one that comes due after', async () => {
    const setup = await aRoundTheClockClinic();
    const appointment = await book(setup, setup.at(3, '10:00'));
    await eventually(async () => expect(await pendingReminder(appointment.id)).toBeDefined());
    const headers = await setup.clinic.as('front_desk');
    const moved = await request(scheduling.url)
      .post(`/api/v1/appointments/${appointment.id}/reschedule`)
      .set(headers)
      .send({ startsAt: setup.at(5, '10:00') })
      .expect(200);
    await eventually(async () => {
      const job = await pendingReminder(appointment.id);
      expect(
        Math.abs((job?.timestamp ?? 0) + (job?.delay ?? 0) - (Date.parse(moved.body.startsAt) - 86_400_000)),
      ).toBeLessThan(5_000);
    });
    await request(scheduling.url)
      .post(`/api/v1/appointments/${appointment.id}/cancel`)
      .set(headers)
      .send({ reason: 'moved away' })
      .expect(200);
    await eventually(async () => expect(await pendingReminder(appointment.id)).toBeUndefined());
    // A reminder already running when the visit was cancelled still finds the visit cancelled, and sends nothing.
    const lateRun = await scheduling.app
      .get(Jobs)
      .enqueue(
        SendAppointmentReminder,
        { tenantId: setup.clinic.tenantId, appointmentId: appointment.id },
        { jobKey: `late-${appointment.id}` },
      );
    await eventually(async () => expect(await (await reminders.getJob(lateRun))?.getState()).toBe('completed'));
    expect(await sentReminders(setup)).toEqual([]);
  });
});
