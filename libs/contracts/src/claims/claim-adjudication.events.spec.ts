import { randomUUID } from 'node:crypto';
import { buildEnvelope, InvalidEventError } from '../envelope/envelope';
import { EventRegistry } from '../envelope/event-registry';
import { ClaimAdjudicated, ClaimAdjudicationReversed } from './claim-adjudication.events';
import { CLAIM_EVENTS } from './claim-events';

const claimId = randomUUID();
const aPartialPayment = () => ({
  adjudicationId: randomUUID(),
  claimId,
  visitId: randomUUID(),
  patientId: randomUUID(),
  payerId: '60054',
  currency: 'USD' as const,
  payerClaimControlNumber: '2219900123',
  claimStatus: 'partially_paid' as const,
  paidMinor: 7_000,
  lines: [
    {
      chargeId: randomUUID(),
      procedureCode: '99213',
      chargeMinor: 12_000,
      paidMinor: 7_500,
      adjustments: [
        { group: 'CO' as const, reason: '45', amountMinor: 2_500 },
        { group: 'PR' as const, reason: '3', amountMinor: 2_000 },
      ],
    },
  ],
  adjustments: [{ group: 'OA' as const, reason: 'B7', amountMinor: 500 }],
  remarks: ['N130', 'MA01'],
});
const anAdjudication = (payload: unknown) =>
  buildEnvelope(ClaimAdjudicated, {
    tenantId: randomUUID(),
    aggregateId: claimId,
    correlationId: claimId,
    payload,
  } as never);

describe('claim.adjudicated v1', () => {
  it('carries what the payer decided per line and survives the trip through JSON on the claims topic', () => {
    const sent = anAdjudication(aPartialPayment());
    expect(new EventRegistry(CLAIM_EVENTS).parse(JSON.parse(JSON.stringify(sent)))).toEqual(sent);
  });

  it('may name the payer billed next, which holds the patient share, and is read back without one as before', () => {
    const held = anAdjudication({ ...aPartialPayment(), patientShareHeldForPayerId: '87726' });
    const registry = new EventRegistry(CLAIM_EVENTS);
    expect(registry.parse(JSON.parse(JSON.stringify(held))).payload).toMatchObject({
      patientShareHeldForPayerId: '87726',
    });
    expect(registry.parse(JSON.parse(JSON.stringify(anAdjudication(aPartialPayment())))).payload).not.toHaveProperty(
      'patientShareHeldForPayerId',
    );
    expect(() => anAdjudication({ ...aPartialPayment(), patientShareHeldForPayerId: '' })).toThrow(InvalidEventError);
  });

  it('refuses a line whose charge less its adjustments is not what was paid', () => {
    const claim = aPartialPayment();
    claim.lines[0].paidMinor = 7_400;
    claim.paidMinor = 6_900;
    expect(() => anAdjudication(claim)).toThrow(/a line must balance/);
  });

  it("refuses a claim whose payment is not its lines' payments less the claim-level adjustments", () => {
    expect(() => anAdjudication({ ...aPartialPayment(), paidMinor: 7_500 })).toThrow(/a claim must balance/);
  });

  it('accepts a zero-pay denial and refuses unknown adjustment groups and malformed reason codes', () => {
    const denial = {
      ...aPartialPayment(),
      claimStatus: 'denied',
      paidMinor: 0,
      adjustments: [],
      lines: [
        {
          ...aPartialPayment().lines[0],
          paidMinor: 0,
          adjustments: [{ group: 'CO', reason: '50', amountMinor: 12_000 }],
        },
      ],
    };
    expect(anAdjudication(denial).payload.claimStatus).toBe('denied');
    const line = denial.lines[0];
    const withGroup = (group: string, reason: string) => ({
      ...denial,
      lines: [{ ...line, adjustments: [{ group, reason, amountMinor: 12_000 }] }],
    });
    expect(() => anAdjudication(withGroup('XX', '50'))).toThrow(InvalidEventError);
    expect(() => anAdjudication(withGroup('CO', 'fifty'))).toThrow(InvalidEventError);
  });
});

describe('claim.adjudication-reversed v1', () => {
  it('names the decision it takes back', () => {
    const payload = {
      reversalId: randomUUID(),
      adjudicationId: randomUUID(),
      claimId,
      visitId: randomUUID(),
      patientId: randomUUID(),
    };
    const sent = buildEnvelope(ClaimAdjudicationReversed, {
      tenantId: randomUUID(),
      aggregateId: claimId,
      correlationId: claimId,
      payload,
    });
    expect(new EventRegistry(CLAIM_EVENTS).parse(JSON.parse(JSON.stringify(sent))).payload).toEqual(payload);
    expect(() =>
      buildEnvelope(ClaimAdjudicationReversed, {
        tenantId: randomUUID(),
        aggregateId: claimId,
        correlationId: claimId,
        payload: { ...payload, adjudicationId: 'not-an-id' },
      }),
    ).toThrow(InvalidEventError);
  });
});
