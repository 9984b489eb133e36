import { DateTime } from 'luxon';

/** How many days before the deadline the clerk is alerted; 0 means the limit has passed. */
export const ALERT_STAGES = [30, 14, 7, 0] as const;

/** The last day a payer takes the claim: its filing limit in days after the date of service. */
export const filingDeadline = (dateOfService: string, limitDays: number): string =>
  DateTime.fromISO(dateOfService, { zone: 'utc' }).plus({ days: limitDays }).toISODate() ?? dateOfService;

/** Calendar days from today to the deadline, on the clinic's calendar; negative once it has passed. */
export const daysUntil = (deadline: string, today: string): number =>
  DateTime.fromISO(deadline, { zone: 'utc' }).diff(DateTime.fromISO(today, { zone: 'utc' }), 'days').days;

/** The tightest stage reached with this many days left, or null while the deadline is further off. */
export const stageReached = (daysLeft: number): number | null =>
  [...ALERT_STAGES].reverse().find((stage) => (stage === 0 ? daysLeft < 0 : daysLeft <= stage)) ?? null;

export const clinicToday = (now: Date, timeZone: string): string =>
  DateTime.fromJSDate(now, { zone: timeZone }).toISODate() ?? now.toISOString().slice(0, 10);
