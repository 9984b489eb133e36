import { randomUUID } from 'node:crypto';
import { buildEnvelope, InvalidEventError } from '../envelope/envelope';
import { EventRegistry } from '../envelope/event-registry';
import { CLAIM_EVENTS } from './claim-events';
import { ClaimRejected, ClaimSubmitted, ClaimSubmittedV2 } from './claim-lifecycle.events';

const claimId = randomUUID();
const named = () => ({
  claimId,
  visitId: randomUUID(),
  patientId: randomUUID(),
  patientControlNumber: '000042',
  payerId: '60054',
});
const envelopeOf = (
  contract: typeof ClaimSubmitted | typeof ClaimSubmittedV2 | typeof ClaimRejected,
  payload: unknown,
) =>
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

  it('announce a submission to the tertiary payer in v2, which v1 and its consumers refuse', () => {
    const submission = {
      ...named(),
      responsibility: 'tertiary',
      dateOfService: '2026-03-02',
      chargeIds: [randomUUID()],
      totalChargeMinor: 12_500,
      currency: 'USD',
    };
    const sent = envelopeOf(ClaimSubmittedV2, submission);
    expect(new EventRegistry(CLAIM_EVENTS).parse(JSON.parse(JSON.stringify(sent)))).toEqual(sent);
    expect(() => envelopeOf(ClaimSubmitted, submission)).toThrow(InvalidEventError);
  });

  it('refuse a rejection that gives no reason', () => {
    expect(() => envelopeOf(ClaimRejected, { ...named(), reasons: [] })).toThrow(InvalidEventError);
  });
});
