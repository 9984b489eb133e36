export class DeadlineScanQueued {
  /** The scan runs in the background; its reminders appear at GET /api/v1/training/reminders. */
  jobId: string;
}
