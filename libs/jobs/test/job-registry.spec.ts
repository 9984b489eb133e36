import { randomUUID } from 'node:crypto';
import { Test } from '@nestjs/testing';
import { eventually } from '@praxis/testing';
import { z } from 'zod';
import { defineJob } from '../src/job-definition';
import { JobHandlersMisconfiguredError } from '../src/job-errors';
import { HandlesJob, JobHandler } from '../src/job-handler';
import { Jobs } from '../src/jobs';
import { QueueName } from '../src/queue-name';
import {
  RecordedRuns,
  ScanExpiringTrainingJob,
  SendAppointmentReminder,
  SendAppointmentReminderJob,
  SubmitClaim,
  SubmitClaimJob,
} from './clinic-jobs';
import { aQueuePrefix, jobsModuleFor } from './jobs-test-app';

const PollClaimStatus = defineJob({
  name: 'PollClaimStatusJob',
  queue: QueueName.ClaimStatusPolling,
  payload: z.object({ tenantId: z.string().uuid(), claimId: z.string().uuid() }),
});

@HandlesJob(SendAppointmentReminder)
class SendAppointmentReminderJobAgain implements JobHandler {
  handle(): Promise<void> {
    return Promise.resolve();
  }
}

const bootProblems = async (options: Parameters<typeof jobsModuleFor>[1]): Promise<string[]> => {
  const booting = Test.createTestingModule({
    imports: [jobsModuleFor(aQueuePrefix('job-registry'), options)],
  }).compile();
  const error = await booting.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(JobHandlersMisconfiguredError);
  return (error as JobHandlersMisconfiguredError).problems;
};

describe('the start-up check of job handlers', () => {
  it('fails the boot when a job has no handler', async () => {
    const problems = await bootProblems({
      jobs: [SendAppointmentReminder, SubmitClaim],
      handlers: [SendAppointmentReminderJob],
    });

    expect(problems).toEqual(['job SubmitClaimJob has no handler']);
  });

  it('fails the boot when a job has two handlers', async () => {
    const problems = await bootProblems({
      jobs: [SendAppointmentReminder],
      handlers: [SendAppointmentReminderJob, SendAppointmentReminderJobAgain],
    });

    expect(problems).toContain(
      'job SendAppointmentReminderJob has 2 handlers: SendAppointmentReminderJob, SendAppointmentReminderJobAgain',
    );
  });

  it('fails the boot when a handler serves a job that is not registered', async () => {
    const problems = await bootProblems({ jobs: [SubmitClaim], handlers: [SubmitClaimJob, ScanExpiringTrainingJob] });

    expect(problems).toEqual([
      'handler ScanExpiringTrainingJob handles job ScanExpiringTrainingJob, which is not in jobs',
    ]);
  });

  it("fails the boot when a handler's class name is not its job's name", async () => {
    const problems = await bootProblems({
      jobs: [SendAppointmentReminder],
      handlers: [SendAppointmentReminderJobAgain],
    });

    expect(problems).toContain(
      "handler SendAppointmentReminderJobAgain handles job SendAppointmentReminderJob: a job's name must be its handler's class name",
    );
  });

  it('lists every problem at once, in a message that names them', async () => {
    const booting = Test.createTestingModule({
      imports: [
        jobsModuleFor(aQueuePrefix('job-registry'), {
          jobs: [SubmitClaim, PollClaimStatus],
          handlers: [SendAppointmentReminderJob],
        }),
      ],
    }).compile();

    await expect(booting).rejects.toThrow(
      [
        'background jobs are misconfigured:',
        '  - handler SendAppointmentReminderJob handles job SendAppointmentReminderJob, which is not in jobs',
        '  - job SubmitClaimJob has no handler',
        '  - job PollClaimStatusJob has no handler',
      ].join('\n'),
    );
  });

  it('boots when every job has exactly one handler, and runs a job in the clinic it belongs to', async () => {
    const app = await Test.createTestingModule({
      imports: [
        jobsModuleFor(aQueuePrefix('job-registry'), {
          jobs: [SendAppointmentReminder],
          handlers: [SendAppointmentReminderJob],
        }),
      ],
    }).compile();
    await app.init();
    const reminder = { tenantId: randomUUID(), appointmentId: randomUUID() };

    await app
      .get(Jobs)
      .schedule(SendAppointmentReminder, reminder, { delayMs: 0, jobKey: `reminder:${reminder.appointmentId}` });

    await eventually(async () =>
      expect(app.get(RecordedRuns).of(reminder.appointmentId)).toEqual([
        expect.objectContaining({
          jobName: 'SendAppointmentReminderJob',
          tenantInContext: reminder.tenantId,
          attempt: 1,
        }),
      ]),
    );
    await app.close();
  });
});
