import { randomUUID } from 'node:crypto';
import { buildEnvelope, InvalidEventError } from '../envelope/envelope';
import { EventRegistry } from '../envelope/event-registry';
import { REMITTANCE_EVENTS, RemittanceProviderAdjusted } from './remittance.events';

const remittanceId = randomUUID();
const interestAndRecoupment = (reason = 'L6') => ({
  remittanceId,
  payerName: 'AETNA',
  traceNumber: 'EFT0042',
  paymentDate: '2026-03-20',
  currency: 'USD' as const,
  adjustments: [
    { reason, reference: null, amountMinor: -127 },
    { reason: 'WO', reference: 'AET-1001', amountMinor: 5_000 },
  ],
});
const announced = (payload: unknown) =>
  buildEnvelope(RemittanceProviderAdjusted, {
    tenantId: randomUUID(),
    aggregateId: remittanceId,
    correlationId: remittanceId,
    payload,
  } as never);

describe('remittance.provider-adjusted v1', () => {
  it('carries the clinic-level adjustments signed as sent and survives the trip through its topic', () => {
    const sent = announced(interestAndRecoupment());
    expect(new EventRegistry(REMITTANCE_EVENTS).parse(JSON.parse(JSON.stringify(sent)))).toEqual(sent);
  });

  it('refuses a reason that is not a PLB code and a remittance with no adjustment', () => {
    expect(() => announced(interestAndRecoupment('interest'))).toThrow(InvalidEventError);
    expect(() => announced({ ...interestAndRecoupment(), adjustments: [] })).toThrow(InvalidEventError);
  });
});
