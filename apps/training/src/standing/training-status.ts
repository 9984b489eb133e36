import { DateTime } from 'luxon';
import type { Recurrence } from '../requirements/requirement.entity';

export const trainingStatuses = ['not_started', 'due', 'overdue', 'compliant', 'expiring_soon', 'expired'] as const;
export type TrainingStatus = (typeof trainingStatuses)[number];

/** How far ahead a first deadline counts as due, and an expiry as soon. */
export const DUE_SOON_DAYS = 30;

export interface StandingFacts {
  /** The first deadline, for someone who has never met the requirement. */
  dueOn: string;
  graceDays: number;
  /** The newest verified completion, if any. */
  completedOn: string | null;
  expiresOn: string | null;
}

export interface Standing {
  status: TrainingStatus;
  /** The date the next reminder counts down to; null when nothing is pending. */
  deadline: string | null;
}

const day = (date: string) => DateTime.fromISO(date, { zone: 'UTC' });
const daysFrom = (from: string, to: string) => day(to).diff(day(from), 'days').days;

/** Today's date on the clinic's wall calendar: statuses change at the clinic's midnight, not the server's. */
export const clinicToday = (now: Date, timeZone: string): string =>
  DateTime.fromJSDate(now, { zone: timeZone }).toISODate() as string;

export const addDays = (date: string, days: number): string => day(date).plus({ days }).toISODate() as string;

/**
 * Whole calendar dates only: a deadline is met through the end of its day, and grace adds days after it.
 * The last valid day of a credential is its expiry date.
 */
export const standingOf = (facts: StandingFacts, today: string): Standing => {
  if (facts.completedOn === null) {
    const daysLeft = daysFrom(today, facts.dueOn);
    if (daysLeft < -facts.graceDays) return { status: 'overdue', deadline: facts.dueOn };
    return { status: daysLeft <= DUE_SOON_DAYS ? 'due' : 'not_started', deadline: facts.dueOn };
  }
  if (facts.expiresOn === null) return { status: 'compliant', deadline: null };
  const daysLeft = daysFrom(today, facts.expiresOn);
  if (daysLeft < -facts.graceDays) return { status: 'expired', deadline: facts.expiresOn };
  if (daysLeft < 0) return { status: 'due', deadline: facts.expiresOn };
  return { status: daysLeft <= DUE_SOON_DAYS ? 'expiring_soon' : 'compliant', deadline: facts.expiresOn };
};

/** A month-based expiry keeps the day of the month, or the month's last day when it has none (29 Feb → 28 Feb). */
export const expiryOf = (
  requirement: { recurrence: Recurrence; everyMonths: number | null },
  completedOn: string,
  printedExpiry: string | null,
): string | null => {
  if (requirement.recurrence === 'printed_expiry') return printedExpiry;
  if (requirement.recurrence === 'months')
    return day(completedOn)
      .plus({ months: requirement.everyMonths ?? 0 })
      .toISODate() as string;
  return null;
};
