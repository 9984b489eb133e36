import { ConflictError, DomainError, UnprocessableError } from '@praxis/platform';
import type { SkipReason } from './dto/patient-outcome.dto';

/** Patients are sent at most one statement in this many days, unless a clerk asks for another on purpose. */
export const DAYS_BETWEEN_STATEMENTS = 30;

/** A reason not to send a statement, which a run records as the patient's skip reason. */
export abstract class NoStatementError extends DomainError {
  abstract readonly reason: SkipReason;
}

export class StatementTooSoonError extends NoStatementError {
  readonly reason = 'statement_within_30_days';
  readonly status = 409;
  readonly title = 'Conflict';
  constructor(previousDate: string) {
    super(
      `the patient was sent a statement on ${previousDate}, within ${DAYS_BETWEEN_STATEMENTS} days; ` +
        'ask with force to send another',
    );
  }
}

export class NothingDueError extends NoStatementError {
  readonly reason = 'nothing_due';
  readonly status = 422;
  readonly title = 'Unprocessable Content';
  constructor() {
    super('the patient owes nothing, so there is no statement to send');
  }
}

export class PatientNotKnownError extends NoStatementError {
  readonly reason = 'patient_not_known';
  readonly status = 422;
  readonly title = 'Unprocessable Content';
  constructor() {
    super("billing has not yet heard the patient's name from scheduling, so a statement cannot be addressed");
  }
}

export class StatementRunInProgressError extends ConflictError {
  constructor() {
    super('a statement run is already in progress for this clinic; wait for it to finish');
  }
}

export class ClinicNotKnownError extends UnprocessableError {
  constructor() {
    super('billing has not yet heard of this clinic from identity, so a statement cannot be headed');
  }
}
