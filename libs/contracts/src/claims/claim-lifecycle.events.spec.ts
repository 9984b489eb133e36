import { randomUUID } from 'node:crypto';
import { buildEnvelope, InvalidEventError } from '../envelope/envelope';
import { EventRegistry } from '../envelope/event-registry';
import { CLAIM_EVENTS } from './claim-events';
import { ClaimRejected, ClaimSubmitted } from './claim-lifecycle.events';

const claimId = randomUUID();
const named = () => ({
  claimId,
  visitId: randomUUID(),
  patientId: randomUUID(),
  patientControlNumber: '000042',
  payerId: '60054',
});
const envelopeOf = (contract: typeof ClaimSubmitted | typeof ClaimRejected, payload: unknown) =>
  buildEnvelope(contract, { tenantId: randomUUID(), aggregateId: claimId, correlationId: claimId, payload } as never);

describe('claim lifecycle events v1', () => {
  it('announce a submission with the charges it bills, read back from the claims topic', () => {
    const sent = envelopeOf(ClaimSubmitted, {
      ...named(),
      responsibility: 'primary',
      dateOfService: '2026-03-02',
      chargeIds: [randomUUID()],
      totalChargeMinor: 12_500,
      currency: 'USD',
    });
    expect(new EventRegistry(CLAIM_EVENTS).parse(JSON.parse(JSON.stringify(sent)))).toEqual(sent);
  });

  it('refuse a rejection that gives no reason', () => {
    expect(() => envelopeOf(ClaimRejected, { ...named(), reasons: [] })).toThrow(InvalidEventError);
  });
});
