import { RequestValidationError } from '@praxis/platform';
import { DateTime } from 'luxon';

export type ScheduleSpan = 'day' | 'week';

export interface ScheduleWindow {
  timeZone: string;
  from: Date;
  until: Date;
}

/** A day, or the ISO week (Monday first) holding the date, as instants in the given zone: correct across DST. */
export const scheduleWindow = (date: string, span: ScheduleSpan, timeZone: string): ScheduleWindow => {
  const day = DateTime.fromISO(date, { zone: timeZone });
  if (!day.isValid)
    throw new RequestValidationError([{ field: 'date', message: 'date must be a calendar date (YYYY-MM-DD)' }]);
  const start = span === 'week' ? day.startOf('week') : day.startOf('day');
  return {
    timeZone,
    from: start.toJSDate(),
    until: start.plus(span === 'week' ? { weeks: 1 } : { days: 1 }).toJSDate(),
  };
};
