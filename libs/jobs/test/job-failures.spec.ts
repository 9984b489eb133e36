import { randomUUID } from 'node:crypto';
import { eventually } from '@praxis/testing';
import { FailedJob } from '../src/failed-jobs';
import { JobDefinition, jobIdOf } from '../src/job-definition';
import { InvalidJobPayloadError } from '../src/job-errors';
import { QueueName } from '../src/queue-name';
import { SendAppointmentReminder, SubmitClaim } from './clinic-jobs';
import { aQueuePrefix, FAST_RETRIES, JobsTestApp } from './jobs-test-app';

describe('background jobs that fail', () => {
  let sut: JobsTestApp;
  const tenantId = randomUUID();
  const eventuallyFailed = (queue: QueueName, job: JobDefinition, jobKey: string): Promise<FailedJob> =>
    eventually(async () => {
      const found = (await sut.jobs.failedJobs(queue)).find((failed) => failed.id === jobIdOf(job, jobKey));
      if (!found) throw new Error(`${jobKey} is not in the failed jobs of ${queue} yet`);
      return found;
    });

  beforeAll(async () => {
    sut = await JobsTestApp.start(aQueuePrefix('job-failures'));
  });

  afterAll(() => sut.close());

  it('retries a failing claim submission a bounded number of times, then lists it as failed', async () => {
    const claimId = randomUUID();
    const jobKey = `claim:${claimId}:1`;

    await sut.jobs.enqueue(SubmitClaim, { tenantId, claimId }, { jobKey });

    const failed = await eventuallyFailed(QueueName.ClaimSubmission, SubmitClaim, jobKey);
    expect(failed).toMatchObject({
      name: 'SubmitClaimJob',
      tenantId,
      failedReason: 'clearinghouse did not answer',
      attemptsMade: FAST_RETRIES.attempts,
    });
    expect(failed.failedAt?.getTime()).toBeGreaterThanOrEqual(failed.enqueuedAt.getTime());
    expect(sut.recorded.of(claimId).map((run) => run.attempt)).toEqual([1, 2, 3]);
  });

  it('rejects an invalid payload at enqueue, naming the faulty field', async () => {
    const reminder = { tenantId: 'not-a-tenant-id', appointmentId: randomUUID() };

    const enqueueing = sut.jobs.enqueue(SendAppointmentReminder, reminder, {
      jobKey: `reminder:${reminder.appointmentId}`,
    });

    await expect(enqueueing).rejects.toThrow(InvalidJobPayloadError);
    await expect(enqueueing).rejects.toThrow(/SendAppointmentReminderJob.*tenantId: Invalid uuid/);
    expect(await sut.queue(QueueName.AppointmentReminders).getJobCounts('waiting', 'delayed')).toMatchObject({
      waiting: 0,
      delayed: 0,
    });
  });

  it('fails a job whose stored payload no longer matches its schema at once, without retries', async () => {
    const jobKey = `reminder:${randomUUID()}`;
    const corrupted = { payload: { tenantId, appointmentId: 42 }, correlationId: 'req-corrupted' };

    await sut.queue(QueueName.AppointmentReminders).add(SendAppointmentReminder.name, corrupted, {
      jobId: jobIdOf(SendAppointmentReminder, jobKey),
      attempts: FAST_RETRIES.attempts,
    });

    const failed = await eventuallyFailed(QueueName.AppointmentReminders, SendAppointmentReminder, jobKey);
    expect(failed.attemptsMade).toBe(1);
    expect(failed.failedReason).toMatch(
      /invalid payload for job SendAppointmentReminderJob: appointmentId: Expected string/,
    );
  });

  it('tells a job still to run from one that failed for good or never existed', async () => {
    const claimId = randomUUID();
    const failing = `claim:${claimId}:1`;
    const later = `claim:${randomUUID()}:1`;
    await sut.jobs.enqueue(SubmitClaim, { tenantId, claimId }, { jobKey: failing });
    await sut.jobs.schedule(SubmitClaim, { tenantId, claimId: randomUUID() }, { delayMs: 60_000, jobKey: later });

    await eventuallyFailed(QueueName.ClaimSubmission, SubmitClaim, failing);

    expect(await sut.jobs.isPending(SubmitClaim, later)).toBe(true);
    expect(await sut.jobs.isPending(SubmitClaim, failing)).toBe(false);
    expect(await sut.jobs.isPending(SubmitClaim, `claim:${randomUUID()}:1`)).toBe(false);
    await sut.jobs.cancel(SubmitClaim, later);
  });
});
