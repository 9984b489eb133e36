import { randomUUID } from 'node:crypto';
import { eventually } from '@praxis/testing';
import { CrossTenantJobError } from '../src/job-errors';
import { QueueName } from '../src/queue-name';
import { ScanExpiringTraining, SendAppointmentReminder } from './clinic-jobs';
import { aQueuePrefix, JobsTestApp } from './jobs-test-app';

describe('background jobs', () => {
  let sut: JobsTestApp;
  const tenantId = randomUUID();
  const aReminder = () => ({ tenantId, appointmentId: randomUUID() });
  const reminderKey = (reminder: { appointmentId: string }) => `reminder:${reminder.appointmentId}`;
  const reminderQueue = () => sut.queue(QueueName.AppointmentReminders);

  beforeAll(async () => {
    sut = await JobsTestApp.start(aQueuePrefix('jobs'));
  });

  afterAll(() => sut.close());

  it('runs a scheduled reminder once, after its delay, in its clinic context', async () => {
    const reminder = aReminder();
    const scheduledAt = Date.now();

    const jobId = await sut.jobs.schedule(SendAppointmentReminder, reminder, {
      delayMs: 300,
      jobKey: reminderKey(reminder),
    });

    await eventually(async () => expect(await reminderQueue().getJobState(jobId)).toBe('completed'));
    const runs = sut.recorded.of(reminder.appointmentId);
    expect(runs).toEqual([
      expect.objectContaining({ jobName: 'SendAppointmentReminderJob', tenantInContext: tenantId, attempt: 1 }),
    ]);
    expect(runs[0].ranAt - scheduledAt).toBeGreaterThanOrEqual(300);
  });

  it('keeps one job when the same reminder is scheduled twice', async () => {
    const reminder = aReminder();
    const options = { delayMs: 200, jobKey: reminderKey(reminder) };

    const first = await sut.jobs.schedule(SendAppointmentReminder, reminder, options);
    const second = await sut.jobs.schedule(SendAppointmentReminder, reminder, options);

    expect(second).toBe(first);
    expect(await reminderQueue().getJobCounts('delayed', 'waiting')).toMatchObject({ delayed: 1, waiting: 0 });
    await eventually(async () => expect(await reminderQueue().getJobState(first)).toBe('completed'));
    expect(sut.recorded.of(reminder.appointmentId)).toHaveLength(1);
  });

  it('never runs a cancelled reminder', async () => {
    const cancelled = aReminder();
    const kept = aReminder();
    await sut.jobs.schedule(SendAppointmentReminder, cancelled, { delayMs: 200, jobKey: reminderKey(cancelled) });
    await sut.jobs.schedule(SendAppointmentReminder, kept, { delayMs: 400, jobKey: reminderKey(kept) });

    expect(await sut.jobs.cancel(SendAppointmentReminder, reminderKey(cancelled))).toBe(true);

    // The kept reminder is due after the cancelled one: once it has run, the cancelled one would have too.
    await eventually(async () => expect(sut.recorded.of(kept.appointmentId)).toHaveLength(1));
    expect(sut.recorded.of(cancelled.appointmentId)).toEqual([]);
    expect(await sut.jobs.cancel(SendAppointmentReminder, reminderKey(cancelled))).toBe(false);
  });

  it('runs a rescheduled reminder at its new time, once', async () => {
    const reminder = aReminder();
    const scheduledAt = Date.now();
    await sut.jobs.schedule(SendAppointmentReminder, reminder, { delayMs: 60_000, jobKey: reminderKey(reminder) });

    const jobId = await sut.jobs.reschedule(SendAppointmentReminder, reminder, {
      runAt: new Date(scheduledAt + 300),
      jobKey: reminderKey(reminder),
    });

    await eventually(async () => expect(await reminderQueue().getJobState(jobId)).toBe('completed'));
    const runs = sut.recorded.of(reminder.appointmentId);
    expect(runs).toHaveLength(1);
    expect(runs[0].ranAt - scheduledAt).toBeGreaterThanOrEqual(300);
    expect(runs[0].ranAt - scheduledAt).toBeLessThan(60_000);
    expect(await reminderQueue().getJobCounts('delayed', 'waiting')).toMatchObject({ delayed: 0, waiting: 0 });
  });

  it('repeats a training expiry scan until it is stopped', async () => {
    const clinic = randomUUID();
    const jobKey = `training-expiry:${clinic}`;

    await sut.jobs.repeatEvery(ScanExpiringTraining, { tenantId: clinic }, { everyMs: 150, jobKey });
    await sut.jobs.repeatEvery(ScanExpiringTraining, { tenantId: clinic }, { everyMs: 150, jobKey });

    await eventually(async () => expect(sut.recorded.of(clinic).length).toBeGreaterThanOrEqual(2));
    expect(sut.recorded.of(clinic).every((run) => run.tenantInContext === clinic)).toBe(true);
    expect(await sut.queue(QueueName.TrainingExpiryScan).getJobSchedulersCount()).toBe(1);
    expect(await sut.jobs.stopRepeating(ScanExpiringTraining, jobKey)).toBe(true);
    expect(await sut.queue(QueueName.TrainingExpiryScan).getJobSchedulersCount()).toBe(0);
  });

  it('keeps one calendar schedule per key, due next at the given wall-clock time in the clinic’s zone', async () => {
    const clinic = randomUUID();
    const jobKey = `training-expiry:${clinic}`;
    const daily = { cron: '0 5 * * *', timeZone: 'America/Chicago', jobKey };

    await sut.jobs.repeatOnCalendar(ScanExpiringTraining, { tenantId: clinic }, daily);
    await sut.jobs.repeatOnCalendar(ScanExpiringTraining, { tenantId: clinic }, daily);

    const queue = sut.queue(QueueName.TrainingExpiryScan);
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers).toHaveLength(1);
    const nextRun = new Date(schedulers[0].next ?? 0);
    expect(
      new Intl.DateTimeFormat('en-US', { timeZone: 'America/Chicago', hour: 'numeric', hour12: false }).format(nextRun),
    ).toBe('05');
    expect(await sut.jobs.stopRepeating(ScanExpiringTraining, jobKey)).toBe(true);
  });

  it("refuses to enqueue another clinic's job from a clinic's request", async () => {
    const otherClinicsReminder = { tenantId: randomUUID(), appointmentId: randomUUID() };

    const enqueueing = sut.tenantContext.runAs({ tenantId, roles: [] }, 'req-1', () =>
      sut.jobs.enqueue(SendAppointmentReminder, otherClinicsReminder, { jobKey: reminderKey(otherClinicsReminder) }),
    );

    await expect(enqueueing).rejects.toThrow(CrossTenantJobError);
  });
});
