import { aClinicSetUpToBill, aCoveredVisit, billingPosts, claimsOfVisit } from '../../../test/claims-use-cases';
import {
  claimReaches,
  ClaimsWithSandbox,
  sandboxRules,
  startClaimsWithSandbox,
} from '../../../test/clearinghouse-exchange';
import { aDecisionOn, thePayerDecides } from '../../../test/payer-decisions';
import { submitAndRead837p } from '../../../test/sent-837p';
import { ClaimsQueries } from '../../claims/claims.queries';
import { VoidDecidedClaim } from './void-decided-claim.usecase';

describe('VoidDecidedClaim (the clerk withdraws a paid claim at the payer)', () => {
  let system: ClaimsWithSandbox;

  beforeAll(async () => {
    system = await startClaimsWithSandbox();
  });
  afterAll(() => system.close());
  beforeEach(() => sandboxRules(system.sandbox));

  it("sends a void (frequency 8) under the same control number and the payer's claim number", async () => {
    const { harness } = system;
    const clerk = await aClinicSetUpToBill(harness);
    const visit = await aCoveredVisit(harness, clerk);
    await billingPosts(harness, clerk, visit);
    const [ready] = await claimsOfVisit(harness, clerk, visit.visitId);
    await submitAndRead837p(harness, clerk);
    const accepted = await claimReaches(harness, clerk, ready.id, 'accepted');
    const payment = {
      status: 'paid' as const,
      paidShare: 0.8,
      rest: [{ group: 'CO' as const, reason: '45', share: 1 }],
    };
    await thePayerDecides(harness, clerk, accepted, aDecisionOn(accepted, payment));

    const voiding = await harness.as(clerk, () =>
      harness.get(VoidDecidedClaim).execute({
        ...harness.commandFor(clerk),
        claimId: accepted.id,
        reason: 'billed under the wrong patient',
        idempotencyKey: `void-${accepted.id}`,
      }),
    );

    expect(voiding).toMatchObject({ status: 'ready', frequency: '8', replacesClaimId: accepted.id });
    expect((await harness.as(clerk, () => harness.get(ClaimsQueries).get(accepted.id))).status).toBe('voided');
    const [sent] = await submitAndRead837p(harness, clerk);
    expect(sent).toMatchObject({
      patientControlNumber: accepted.patientControlNumber,
      frequency: '8',
      payerClaimControlNumber: accepted.payerClaimControlNumber,
    });
  });
});
