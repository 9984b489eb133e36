import { randomUUID } from 'node:crypto';
import { isValidNpi } from '@praxis/platform';

const withNpiCheckDigit = (nine: string): string => {
  const checkDigit = [...'0123456789'].find((digit) => isValidNpi(`${nine}${digit}`));
  return `${nine}${checkDigit}`;
};

export const aValidNpi = (): string => withNpiCheckDigit(String(100_000_000 + Math.floor(Math.random() * 800_000_000)));
export const aUniqueEmail = (who = 'staff'): string => `${who}.${randomUUID().slice(0, 8)}@clinic.test`;
export const A_STRONG_PASSWORD = 'correct horse battery staple';

/** A clinic sign-up request, as the form on the website would send it. */
export const aClinicSignUp = (overrides: { timeZone?: string; legalName?: string } = {}) => ({
  clinic: {
    legalName: overrides.legalName ?? `Lakeside Family Practice ${randomUUID().slice(0, 4)}`,
    npi: aValidNpi(),
    tin: '123456789',
    address: { line1: '100 Main St', city: 'Springfield', state: 'IL', postalCode: '62701' },
    timeZone: overrides.timeZone ?? 'America/Chicago',
  },
  admin: { email: aUniqueEmail('admin'), displayName: 'Avery Admin', password: A_STRONG_PASSWORD },
});

export const aStaffMember = (roles: string[]) => ({
  email: aUniqueEmail(roles[0]),
  displayName: `Sam ${roles[0]}`,
  roles,
  password: A_STRONG_PASSWORD,
});
