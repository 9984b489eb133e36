import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a `YYYY-MM-DD` string naming a day that exists (no 2023-02-30). */
export const isCalendarDate = (value: unknown): value is string => {
  if (typeof value !== 'string') return false;
  const parts = ISO_DATE.exec(value);
  if (!parts) return false;
  const [year, month, day] = parts.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/**
 * Today's date where it is latest on Earth (UTC+14). A request cannot tell us the clinic's zone here, and
 * refusing a newborn registered late in the evening would be worse than accepting tomorrow's date.
 */
export const latestDateToday = (now = new Date()): string =>
  new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);

export interface CalendarDateRules {
  notBefore?: string;
  notInFuture?: boolean;
}

const problemWith = (value: unknown, { notBefore, notInFuture }: CalendarDateRules): string | undefined => {
  if (!isCalendarDate(value)) return 'must be a real calendar date as YYYY-MM-DD';
  if (notBefore && value < notBefore) return `must not be before ${notBefore}`;
  if (notInFuture && value > latestDateToday()) return 'must not be in the future';
  return undefined;
};

export const IsCalendarDate =
  (rules: CalendarDateRules = {}, options?: ValidationOptions) =>
  (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName,
      options: {
        message: (args: ValidationArguments) => `${propertyName} ${problemWith(args.value, rules) ?? 'is invalid'}`,
        ...options,
      },
      validator: { validate: (value: unknown) => problemWith(value, rules) === undefined },
    });

/** For a period's end: the date must not come before the date in `startProperty` of the same object, when both are given. */
export const IsNotBefore =
  (startProperty: string, options?: ValidationOptions) => (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isNotBefore',
      target: target.constructor,
      propertyName,
      constraints: [startProperty],
      options: { message: `${propertyName} must not be before ${startProperty}`, ...options },
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          const start = (args.object as Record<string, unknown>)[startProperty];
          return !isCalendarDate(value) || !isCalendarDate(start) || value >= start;
        },
      },
    });
