import { randomUUID } from 'node:crypto';
import { buildEnvelope, InvalidEventError } from '../envelope/envelope';
import { EventRegistry } from '../envelope/event-registry';
import { CoverageUpdated, CoverageUpdatedV2, CoverageUpdatedV3, PATIENT_EVENTS } from './patient.events';

const patientId = randomUUID();
const street = { line1: '42 Lake Shore Dr', line2: 'Apt 5', city: 'Chicago', state: 'IL', postalCode: '60611-1234' };
const aSpousePlan = () => ({
  coverageId: randomUUID(),
  payerId: '87726',
  payerName: 'UnitedHealthcare',
  memberId: 'U998877665',
  groupNumber: null,
  rank: 'secondary' as const,
  effectiveFrom: '2026-01-01',
  effectiveTo: null,
  subscriber: {
    relationship: 'spouse' as const,
    firstName: 'Daniel',
    lastName: 'Rivera',
    dateOfBirth: '1982-03-14',
    sex: null,
    address: null,
  },
});
const insured = (
  coverages: unknown[],
  contract: typeof CoverageUpdatedV2 | typeof CoverageUpdatedV3 = CoverageUpdatedV2,
) =>
  buildEnvelope(contract, {
    tenantId: randomUUID(),
    aggregateId: patientId,
    correlationId: patientId,
    payload: {
      patientId,
      patient: { firstName: 'Maria', lastName: 'Lopez', dateOfBirth: '1984-07-21', sex: 'female', address: street },
      coverages,
    },
  } as never);

describe('coverage.updated v2', () => {
  it('carries the patient and each subscriber, unknown details as null, beside v1 on the patients topic', () => {
    const sent = insured([aSpousePlan()]);
    const registry = new EventRegistry(PATIENT_EVENTS);
    expect(registry.parse(JSON.parse(JSON.stringify(sent)))).toEqual(sent);
    expect(PATIENT_EVENTS).toContain(CoverageUpdated);
  });

  it('refuses a subscriber without a relationship', () => {
    const { subscriber, ...plan } = aSpousePlan();
    expect(() => insured([{ ...plan, subscriber: { ...subscriber, relationship: undefined } }])).toThrow(
      InvalidEventError,
    );
  });
});

describe('coverage.updated v3', () => {
  it('lists a tertiary coverage, which v2 and its consumers refuse', () => {
    const tertiary = { ...aSpousePlan(), rank: 'tertiary' };
    const sent = insured([aSpousePlan(), tertiary], CoverageUpdatedV3);
    const registry = new EventRegistry(PATIENT_EVENTS);
    expect(registry.parse(JSON.parse(JSON.stringify(sent)))).toEqual(sent);
    expect(() => insured([tertiary])).toThrow(InvalidEventError);
  });
});
