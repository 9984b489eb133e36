import { randomUUID } from 'node:crypto';
import { isValidNpi } from '@praxis/domain';

const withNpiCheckDigit = (nine: string): string => {
  const checkDigit = [...'0123456789'].find((digit) => isValidNpi(`${nine}${digit}`));
  return `${nine}${checkDigit}`;
};

// Every NPI CMS issues starts with 1 or 2.
export const aValidNpi = (): string => withNpiCheckDigit(String(100_000_000 + Math.floor(Math.random() * 100_000_000)));
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

export interface StaffPlacement {
  locationId?: string;
  hiredOn?: string;
}

/** A staff account as the admin's form sends it; where and since when they work, when the test has a location. */
export const aStaffMember = (roles: string[], placement: StaffPlacement = {}) => ({
  email: aUniqueEmail(roles[0]),
  displayName: `Sam ${roles[0]}`,
  roles,
  password: A_STRONG_PASSWORD,
  ...placement,
});

/** A distinct last name per call, so searches in a shared database only ever find this test's patients. */
export const aUniqueLastName = (stem = 'Rivera'): string => `${stem}-${randomUUID().slice(0, 8)}`;

export interface PatientRegistration {
  firstName: string;
  middleName?: string;
  lastName: string;
  dateOfBirth: string;
  sex: 'female' | 'male' | 'other' | 'unknown';
  address: { line1: string; line2?: string; city: string; state: string; postalCode: string };
  phone: string;
  email?: string;
  confirmedNotDuplicate?: boolean;
}

/** A patient registration as the front-desk form sends it. */
export const aPatient = (overrides: Partial<PatientRegistration> = {}): PatientRegistration => ({
  firstName: 'Maria',
  lastName: aUniqueLastName(),
  dateOfBirth: '1984-07-21',
  sex: 'female',
  address: { line1: '42 Lake Shore Dr', line2: 'Apt 5', city: 'Chicago', state: 'IL', postalCode: '60611-1234' },
  phone: '(312) 555-0142',
  email: 'maria@example.test',
  ...overrides,
});

export interface CoverageRecord {
  payerId: string;
  payerName: string;
  memberId: string;
  groupNumber?: string;
  subscriber: {
    relationship: 'self' | 'spouse' | 'child' | 'other';
    firstName?: string;
    lastName?: string;
    dateOfBirth?: string;
  };
  rank: 'primary' | 'secondary' | 'tertiary';
  effectiveFrom: string;
  effectiveTo?: string;
}

/** A coverage off the patient's own insurance card: the patient is the subscriber. */
export const aCoverage = (overrides: Partial<CoverageRecord> = {}): CoverageRecord => ({
  payerId: '60054',
  payerName: 'Aetna',
  memberId: 'W123456789',
  groupNumber: 'GRP-0042',
  subscriber: { relationship: 'self' },
  rank: 'primary',
  effectiveFrom: '2025-01-01',
  ...overrides,
});

/** A coverage held through a spouse's employer. */
export const aSpouseCoverage = (overrides: Partial<CoverageRecord> = {}): CoverageRecord =>
  aCoverage({
    payerId: '87726',
    payerName: 'UnitedHealthcare',
    memberId: 'U998877665',
    subscriber: { relationship: 'spouse', firstName: 'Daniel', lastName: 'Rivera', dateOfBirth: '1982-03-14' },
    rank: 'secondary',
    ...overrides,
  });
