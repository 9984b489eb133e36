import { isCalendarDate } from '@praxis/domain';
import { FieldProblem, RequestValidationError } from '@praxis/platform';
import { DateTime } from 'luxon';
import { LocalDate } from './wall-clock';

export const MAX_SEARCH_DAYS = 31;

/** from..to, local dates of the location, both inclusive, at most 31 dates. */
export const parseSearchRange = (from: string, to: string): { from: LocalDate; to: LocalDate } => {
  const problems: FieldProblem[] = [];
  if (!isCalendarDate(from))
    problems.push({ field: 'from', message: 'from must be a real calendar date as YYYY-MM-DD' });
  if (!isCalendarDate(to)) problems.push({ field: 'to', message: 'to must be a real calendar date as YYYY-MM-DD' });
  if (problems.length === 0) {
    const days = DateTime.fromISO(to, { zone: 'utc' }).diff(DateTime.fromISO(from, { zone: 'utc' }), 'days').days + 1;
    if (days < 1) problems.push({ field: 'to', message: 'to must not be before from' });
    else if (days > MAX_SEARCH_DAYS)
      problems.push({ field: 'to', message: `the range may cover at most ${MAX_SEARCH_DAYS} days` });
  }
  if (problems.length > 0) throw new RequestValidationError(problems);
  return { from, to };
};
