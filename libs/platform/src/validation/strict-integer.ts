import { Transform } from 'class-transformer';

const DECIMAL_INTEGER = /^-?\d{1,15}$/;

/**
 * Query strings arrive as text. Number() would read 'true' as NaN but also '0x10' as 16, '' as 0 and '1e2' as
 * 100: only plain decimal digits become a number, anything else stays as sent and fails the integer check.
 */
export const StrictInteger = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && DECIMAL_INTEGER.test(value) ? Number(value) : value,
  );
