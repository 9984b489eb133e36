/**
 * Amounts travel as integer minor units. The console is bundled apart from the services and reaches no lib, so it reads
 * and writes amounts here, by the same rules as billing's own money primitive: digit by digit, never through a float.
 */
const minorDigitsOf = (currency: string): number =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;

/** `12550` USD → `125.50`, a decimal Intl can format exactly. */
const decimalOf = (amountMinor: number, digits: number): `${number}` => {
  const sign = amountMinor < 0 ? '-' : '';
  const padded = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  const whole = padded.slice(0, padded.length - digits);
  return `${sign}${whole}${digits > 0 ? `.${padded.slice(-digits)}` : ''}` as `${number}`;
};

/** `12550`, `USD` → `$125.50`. */
export const moneyInWords = (amountMinor: number, currency: string): string =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(
    decimalOf(amountMinor, minorDigitsOf(currency)),
  );

/** What a person typed in major units (`125`, `125.5`) as minor units; undefined when it is not such an amount. */
export const minorUnitsOf = (typed: string, currency: string): number | undefined => {
  const digits = minorDigitsOf(currency);
  const fraction = digits > 0 ? `(?:\\.(\\d{1,${digits}}))?` : '';
  const parts = new RegExp(`^(\\d{1,9})${fraction}$`).exec(typed.trim().replace(/^\$/, '').replaceAll(',', ''));
  if (!parts) return undefined;
  const [, whole, cents = ''] = parts;
  return Number(whole + cents.padEnd(digits, '0'));
};
