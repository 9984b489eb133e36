import { Injectable, Module } from '@nestjs/common';
import { TenantContext } from '@praxis/tenancy';
import { z } from 'zod';
import { defineJob, PayloadOf } from '../src/job-definition';
import { HandlesJob, JobContext, JobHandler } from '../src/job-handler';
import { QueueName } from '../src/queue-name';

/** Jobs shaped like the real ones, with handlers that record what they saw instead of doing the work. */
export const SendAppointmentReminder = defineJob({
  name: 'SendAppointmentReminderJob',
  queue: QueueName.AppointmentReminders,
  payload: z.object({ tenantId: z.string().uuid(), appointmentId: z.string().uuid() }).strict(),
});

export const SubmitClaim = defineJob({
  name: 'SubmitClaimJob',
  queue: QueueName.ClaimSubmission,
  payload: z.object({ tenantId: z.string().uuid(), claimId: z.string().uuid() }).strict(),
});

export const ScanExpiringTraining = defineJob({
  name: 'ScanExpiringTrainingJob',
  queue: QueueName.TrainingExpiryScan,
  payload: z.object({ tenantId: z.string().uuid() }).strict(),
});

export interface RecordedRun {
  jobName: string;
  subjectId: string;
  tenantInContext: string;
  attempt: number;
  ranAt: number;
}

@Injectable()
export class RecordedRuns {
  readonly runs: RecordedRun[] = [];

  of(subjectId: string): RecordedRun[] {
    return this.runs.filter((run) => run.subjectId === subjectId);
  }
}

@Module({ providers: [RecordedRuns], exports: [RecordedRuns] })
export class RecordedRunsModule {}

export class ClearinghouseUnavailableError extends Error {
  constructor() {
    super('clearinghouse did not answer');
  }
}

/** Records who ran, for whom and in which tenant context; the job types differ only in their subject. */
@Injectable()
abstract class RecordingHandler {
  constructor(
    private readonly recorded: RecordedRuns,
    private readonly tenantContext: TenantContext,
  ) {}

  protected record(subjectId: string, context: JobContext): void {
    const tenantInContext = this.tenantContext.tenantId;
    this.recorded.runs.push({
      jobName: context.jobName,
      subjectId,
      tenantInContext,
      attempt: context.attempt,
      ranAt: Date.now(),
    });
  }
}

@HandlesJob(SendAppointmentReminder)
export class SendAppointmentReminderJob
  extends RecordingHandler
  implements JobHandler<PayloadOf<typeof SendAppointmentReminder>>
{
  async handle(payload: PayloadOf<typeof SendAppointmentReminder>, context: JobContext): Promise<void> {
    this.record(payload.appointmentId, context);
  }
}

@HandlesJob(SubmitClaim)
export class SubmitClaimJob extends RecordingHandler implements JobHandler<PayloadOf<typeof SubmitClaim>> {
  async handle(payload: PayloadOf<typeof SubmitClaim>, context: JobContext): Promise<void> {
    this.record(payload.claimId, context);
    throw new ClearinghouseUnavailableError();
  }
}

@HandlesJob(ScanExpiringTraining)
export class ScanExpiringTrainingJob
  extends RecordingHandler
  implements JobHandler<PayloadOf<typeof ScanExpiringTraining>>
{
  async handle(payload: PayloadOf<typeof ScanExpiringTraining>, context: JobContext): Promise<void> {
    this.record(payload.tenantId, context);
  }
}

export const clinicJobs = [SendAppointmentReminder, SubmitClaim, ScanExpiringTraining];
export const clinicJobHandlers = [SendAppointmentReminderJob, SubmitClaimJob, ScanExpiringTrainingJob];
