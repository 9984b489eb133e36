import type { Appointment } from '../calendar/day-data';

const minutesBetween = (from: string, now: Date): number =>
  Math.max(0, Math.floor((now.getTime() - Date.parse(from)) / 60_000));

const inWords = (minutes: number): string =>
  minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;

/**
 * A checked-in visit changes again only by leaving that status (completed or cancelled), so while it is checked in its
 * last change is the check-in.
 */
const checkedInAt = (visit: Appointment): string => visit.updatedAt;

/** Booked, not here yet, and its start has passed. */
export const isLate = (visit: Appointment, now: Date): boolean =>
  visit.status === 'booked' && Date.parse(visit.startsAt) <= now.getTime();

/** How long the patient has waited since checking in, or how late they are; nothing for the other visits. */
export const waitingInWords = (visit: Appointment, now: Date): string | undefined => {
  if (visit.status === 'checked_in') return `Waiting ${inWords(minutesBetween(checkedInAt(visit), now))}`;
  if (isLate(visit, now)) return `Late by ${inWords(minutesBetween(visit.startsAt, now))}`;
  return undefined;
};
