import { money } from '@praxis/domain';
import { FileEnvelope } from '../src/core/write-single-group';
import { ClaimPayment, RemittanceAdvice, ServicePayment } from '../src/remittances/remittance-advice';

const usd = (amountMinor: number) => money(amountMinor, 'USD');

export const aServicePayment = (overrides: Partial<ServicePayment> = {}): ServicePayment => ({
  procedure: { qualifier: 'HC', code: '99213', modifiers: [] },
  charge: usd(12500),
  paid: usd(8000),
  units: 1,
  serviceDate: '2026-11-20',
  adjustments: [
    { group: 'CO', reason: '45', amount: usd(2500) },
    { group: 'PR', reason: '2', amount: usd(2000) },
  ],
  remarks: [],
  ...overrides,
});

export const aClaimPayment = (overrides: Partial<ClaimPayment> = {}): ClaimPayment => ({
  patientControlNumber: 'PCN0001',
  status: '1',
  charge: usd(12500),
  paid: usd(8000),
  patientResponsibility: usd(2000),
  claimFilingIndicator: '12',
  payerClaimControlNumber: '2026112000123',
  frequency: '1',
  patient: { last: 'RIVERA', first: 'ANA', memberId: 'XYZ123456789' },
  adjustments: [],
  remarks: [],
  serviceLines: [aServicePayment()],
  ...overrides,
});

export const aRemittance = (overrides: Partial<RemittanceAdvice> = {}): RemittanceAdvice => ({
  handling: 'I',
  paymentAmount: usd(8000),
  paymentMethod: 'CHK',
  paymentDate: '2026-11-28',
  traceNumber: 'CHK100200',
  originatorId: '1362222222',
  productionDate: '2026-11-27',
  payer: { name: 'ACME HEALTH PLAN', id: '60054' },
  payee: { name: 'NORTHSIDE FAMILY MEDICINE', idQualifier: 'XX', id: '1234567893' },
  claims: [aClaimPayment()],
  providerAdjustments: [],
  ...overrides,
});

export const aPayerEnvelope = (overrides: Partial<FileEnvelope> = {}): FileEnvelope => ({
  sender: { qualifier: 'ZZ', id: 'SANDBOXCH' },
  receiver: { qualifier: 'ZZ', id: 'PRAXIS01' },
  interchangeControlNumber: 3001,
  groupControlNumber: 3001,
  preparedAt: new Date('2026-11-28T16:00:00Z'),
  timeZone: 'America/Chicago',
  usage: 'T',
  ...overrides,
});
