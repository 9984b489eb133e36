import { DateTime } from 'luxon';

const WEEK = 7;

/**
 * The reminder stage a deadline is in on a given day: 90, 60 and 30 days ahead, then every week after (23, 16, 9,
 * 2, -5...). A scan that runs late sends the stage it finds, not the ones it missed, and each stage is sent once.
 */
export const reminderStageOn = (deadline: string, today: string): string | null => {
  const daysLeft = DateTime.fromISO(deadline, { zone: 'UTC' }).diff(
    DateTime.fromISO(today, { zone: 'UTC' }),
    'days',
  ).days;
  if (daysLeft > 90) return null;
  if (daysLeft > 60) return '90';
  if (daysLeft > 30) return '60';
  return String(30 - Math.floor((30 - daysLeft) / WEEK) * WEEK);
};
