import { money } from '@praxis/domain';
import { ProfessionalClaim, ProfessionalClaimFile, ServiceLine } from '../src/professional-claims/professional-claim';

/** An NPI whose tenth digit is the CMS check digit of the first nine (Luhn over "80840" + the nine). */
export const npiFrom = (firstNine: string): string => {
  const digits = `80840${firstNine}`.split('').map(Number).reverse();
  const sum = digits
    .map((digit, index) => (index % 2 === 0 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit))
    .reduce((total, digit) => total + digit, 0);
  return `${firstNine}${(10 - (sum % 10)) % 10}`;
};

export const aServiceLine = (overrides: Partial<ServiceLine> = {}): ServiceLine => ({
  procedureCode: '99213',
  charge: money(12500, 'USD'),
  units: 1,
  serviceDate: '2026-11-20',
  diagnosisPointers: [1],
  ...overrides,
});

export const aProfessionalClaim = (overrides: Partial<ProfessionalClaim> = {}): ProfessionalClaim => ({
  billingProvider: {
    name: 'NORTHSIDE FAMILY MEDICINE',
    npi: npiFrom('123456789'),
    taxId: '361234567',
    taxonomy: '207Q00000X',
    address: { line1: '100 MAIN ST', city: 'CHICAGO', state: 'IL', postalCode: '606011234' },
  },
  subscriber: {
    memberId: 'XYZ123456789',
    name: { last: 'RIVERA', first: 'ANA' },
    birthDate: '1980-02-29',
    sex: 'F',
    address: { line1: '12 OAK AVE', city: 'CHICAGO', state: 'IL', postalCode: '60614' },
    groupNumber: 'GRP001',
    claimFilingIndicator: 'CI',
  },
  payer: { name: 'ACME HEALTH PLAN', id: '60054' },
  payerResponsibility: 'P',
  patientControlNumber: 'PCN0001',
  frequency: '1',
  placeOfService: '11',
  diagnoses: ['E119', 'I10'],
  serviceLines: [
    aServiceLine(),
    aServiceLine({ procedureCode: '36415', charge: money(2000, 'USD'), diagnosisPointers: [2, 1] }),
  ],
  ...overrides,
});

export const aProfessionalClaimFile = (
  claims: ProfessionalClaim[] = [aProfessionalClaim()],
): ProfessionalClaimFile => ({
  submitter: { name: 'NORTHSIDE FAMILY MEDICINE', id: 'PRAXIS01', contactName: 'BILLING OFFICE', phone: '3125550100' },
  receiver: { name: 'SANDBOX CLEARINGHOUSE', id: 'SANDBOXCH' },
  reference: 'BATCH0001',
  claims,
});
