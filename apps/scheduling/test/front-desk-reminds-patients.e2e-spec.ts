import { QueueName } from '@praxis/jobs';
import { eventually, RunningService, sharedInfrastructure } from '@praxis/testing';
import { Queue } from 'bullmq';
import request from 'supertest';
import { DateTime } from 'luxon';
import { aBookableClinic, BookableClinic, CHICAGO } from './booking-builders';
import { CalendarBuilder, IdentityEvents } from './calendar-builders';
import { startScheduling } from './scheduling-harness';

const ONE_DAY_LEAD = { REMINDER_LEAD_MINUTES: '1440' };

/** A visit less than a day away that still ends before midnight, local time. */
const withinADay = (setup: BookableClinic): string => {
  const hour = DateTime.now().setZone(CHICAGO).hour;
  return hour < 20 ? setup.at(0, `${hour + 2}:00`) : setup.at(1, '10:00');
};

describe('patients are reminded of their visits', () => {
  let scheduling: RunningService;
  let events: IdentityEvents;
  let calendar: CalendarBuilder;
  let reminders: Queue;

  beforeAll(async () => {
    scheduling = await startScheduling(ONE_DAY_LEAD);
    events = new IdentityEvents();
    calendar = new CalendarBuilder(scheduling, events);
    reminders = new Queue(QueueName.AppointmentReminders, { connection: { url: sharedInfrastructure().redisUrl }, prefix: 'praxis' });
  });
  afterAll(async () => {
    await reminders.close();
    await events.close();
    await scheduling.close();
  });

  const aRoundTheClockClinic = () => aBookableClinic(scheduling, calendar, { start: '00:00', end: '23:55' });
  const book = async (setup: BookableClinic, startsAt: string) =>
    (await request(scheduling.url).post('/api/v1/appointments').set(await setup.clinic.as('front_desk')).send(setup.visit(startsAt)).expect(201)).body;
  const pendingReminder = (appointmentId: string) => reminders.getJob(`SendAppointmentReminderJob/${appointmentId}`);
  const sentReminders = async (setup: BookableClinic) =>
    (await request(scheduling.url).get('/api/v1/reminders').set(await setup.clinic.as('front_desk')).expect(200)).body.items as Array<{ appointmentId: string; message: string }>;

  it('schedules a reminder a day ahead, and sends it at once for a visit due sooner', async () => {
    const setup = await aRoundTheClockClinic();
    const later = await book(setup, setup.at(3, '10:00'));
    const job = await eventually(async () => {
      const found = await pendingReminder(later.id);
      expect(found).toBeDefined();
      return found;
    });
    const dueAt = (job?.timestamp ?? 0) + (job?.delay ?? 0);
    expect(Math.abs(dueAt - (Date.parse(later.startsAt) - 86_400_000))).toBeLessThan(5_000);
    const soon = await book(setup, withinADay(setup));
    const sent = await eventually(async () => {
      const all = await sentReminders(setup);
      expect(all.map((reminder) => reminder.appointmentId)).toEqual([soon.id]);
      return all;
    });
    expect(sent[0].message).toMatch(/Reminder: you have a visit on/);
  });

  it('moves the reminder when the visit moves, and drops it when the visit is cancelled', async () => {
    const setup = await aRoundTheClockClinic();
    const appointment = await book(setup, setup.at(3, '10:00'));
    await eventually(async () => expect(await pendingReminder(appointment.id)).toBeDefined());
    const headers = await setup.clinic.as('front_desk');
    await request(scheduling.url).post(`/api/v1/appointments/${appointment.id}/reschedule`).set(headers).send({ startsAt: setup.at(5, '10:00') }).expect(200);
    await eventually(async () => {
      const job = await pendingReminder(appointment.id);
      expect((job?.timestamp ?? 0) + (job?.delay ?? 0)).toBeGreaterThan(Date.parse(setup.at(4, '09:00')));
    });
    await request(scheduling.url).post(`/api/v1/appointments/${appointment.id}/cancel`).set(headers).send({ reason: 'moved away' }).expect(200);
    await eventually(async () => expect(await pendingReminder(appointment.id)).toBeUndefined());
    expect(await sentReminders(setup)).toEqual([]);
  });
});
