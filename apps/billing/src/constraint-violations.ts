import { ConstraintViolations } from '@praxis/platform';
import { FeeScheduleDateTakenError } from './fee-schedules/fee-schedule-rules';
import { StatementRunInProgressError } from './statements/statement-rules';

/** A race past the date check still ends as the same 409. */
export const billingConstraintViolations: ConstraintViolations = {
  fee_schedules_one_per_date: () => new FeeScheduleDateTakenError('that date'),
  statement_runs_one_running: () => new StatementRunInProgressError(),
};
