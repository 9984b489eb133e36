import { randomUUID } from 'node:crypto';

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
  groupNumber?: string | null;
  subscriber: { relationship: 'self' | 'spouse' | 'child' | 'other'; firstName?: string; lastName?: string; dateOfBirth?: string };
  rank: 'primary' | 'secondary';
  effectiveFrom: string;
  effectiveTo?: string | null;
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
