/** An alert the daily scan raised: `stage` days before the deadline (0: the limit passed). */
export class FilingAlertView {
  stage: number;
  daysLeft: number;
  raisedAt: Date;
}

/** A claim not yet accepted by its payer, with the payer's filing deadline and how many days are left. */
export class FilingDeadlineView {
  claimId: string;
  patientControlNumber: string;
  status: string;
  payerId: string;
  dateOfService: string;
  timelyFilingDays: number;
  filingDeadline: string;
  /** Negative once the deadline has passed. */
  dueInDays: number;
  alerts: FilingAlertView[];
}

export class TimelyFilingWorklist {
  /** The clinic's today, on its own calendar. */
  today: string;
  /** Soonest deadline first. */
  items: FilingDeadlineView[];
}
