import { Injectable } from '@nestjs/common';
import { Jobs } from '@praxis/jobs';
import { ScanTrainingDeadlines } from '../scan-training-deadlines.job';
import { DeadlineScanQueued } from './deadline-scan-queued.dto';
import { StartDeadlineScanCommand } from './start-deadline-scan.command';

/**
 * Runs the clinic's daily scan now, after a manager fixed a batch of records, say. The scan is idempotent, so an
 * extra run sends nothing twice.
 */
@Injectable()
export class StartDeadlineScan {
  constructor(private readonly jobs: Jobs) {}

  async execute({ tenantId, now }: StartDeadlineScanCommand): Promise<DeadlineScanQueued> {
    const jobId = await this.jobs.enqueue(
      ScanTrainingDeadlines,
      { tenantId },
      { jobKey: `training-deadlines:${tenantId}:${now.toISOString()}` },
    );
    return { jobId };
  }
}
