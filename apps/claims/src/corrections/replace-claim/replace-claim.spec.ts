import { ClinicActor } from '@praxis/testing';
import {
  aClinicSetUpToBill,
  aCoveredVisit,
  billingPosts,
  billingVoids,
  ChargeLine,
  claimsOfVisit,
} from '../../../test/claims-use-cases';
import {
  claimReaches,
  ClaimsWithSandbox,
  sandboxRules,
  startClaimsWithSandbox,
} from '../../../test/clearinghouse-exchange';
import { aDecisionOn, thePayerDecides } from '../../../test/payer-decisions';
import { submitAndRead837p } from '../../../test/sent-837p';
import { ClaimsQueries } from '../../claims/claims.queries';
import { ReplaceClaim } from './replace-claim.usecase';

describe('ReplaceClaim (the clerk corrects a denied claim and sends it again)', () => {
  let system: ClaimsWithSandbox;

  beforeAll(async () => {
    system = await startClaimsWithSandbox();
  });
  afterAll(() => system.close());
  beforeEach(() => sandboxRules(system.sandbox));

  const aDeniedClaim = async (clerk: ClinicActor, visit?: ChargeLine) => {
    const { harness } = system;
    visit ??= await aCoveredVisit(harness, clerk);
    await billingPosts(harness, clerk, visit);
    const [ready] = await claimsOfVisit(harness, clerk, visit.visitId);
    await submitAndRead837p(harness, clerk);
    const accepted = await claimReaches(harness, clerk, ready.id, 'accepted');
    const denial = {
      status: 'denied' as const,
      paidShare: 0,
      rest: [{ group: 'CO' as const, reason: '16', share: 1 }],
    };
    await thePayerDecides(harness, clerk, accepted, aDecisionOn(accepted, denial));
    return accepted;
  };

  it("sends a replacement (frequency 7) under the same control number, naming the payer's claim number", async () => {
    const { harness } = system;
    const clerk = await aClinicSetUpToBill(harness);
    const denied = await aDeniedClaim(clerk);
    const replace = () =>
      harness.as(clerk, () =>
        harness.get(ReplaceClaim).execute({
          ...harness.commandFor(clerk),
          claimId: denied.id,
          reason: 'the diagnosis was missing a laterality',
          idempotencyKey: `replace-${denied.id}`,
        }),
      );

    const replacement = await replace();

    expect(replacement).toMatchObject({
      status: 'ready',
      frequency: '7',
      replacesClaimId: denied.id,
      patientControlNumber: denied.patientControlNumber,
    });
    expect((await replace()).id).toBe(replacement.id);
    const original = await harness.as(clerk, () => harness.get(ClaimsQueries).get(denied.id));
    expect(original.status).toBe('corrected');
    const [sent] = await submitAndRead837p(harness, clerk);
    expect(sent).toMatchObject({
      patientControlNumber: denied.patientControlNumber,
      frequency: '7',
      payerClaimControlNumber: denied.payerClaimControlNumber,
    });
  });

  it('lets a charge voided after the correction leave the unsent replacement, not the decided original', async () => {
    const { harness } = system;
    const clerk = await aClinicSetUpToBill(harness);
    const visit = await aCoveredVisit(harness, clerk);
    const denied = await aDeniedClaim(clerk, visit);
    const replacement = await harness.as(clerk, () =>
      harness.get(ReplaceClaim).execute({
        ...harness.commandFor(clerk),
        claimId: denied.id,
        reason: 'the visit was billed in error',
        idempotencyKey: `replace-${denied.id}`,
      }),
    );

    await billingVoids(harness, clerk, visit);

    const [original, replaced] = await Promise.all(
      [denied.id, replacement.id].map((id) => harness.as(clerk, () => harness.get(ClaimsQueries).get(id))),
    );
    expect(replaced.status).toBe('voided');
    expect(original.status).toBe('corrected');
    expect(original.lines).toHaveLength(1);
  });

  it('refuses to replace a claim the payer has not decided on, and builds nothing', async () => {
    const { harness } = system;
    const clerk = await aClinicSetUpToBill(harness);
    const visit = await aCoveredVisit(harness, clerk);
    await billingPosts(harness, clerk, visit);
    const [ready] = await claimsOfVisit(harness, clerk, visit.visitId);

    await expect(
      harness.as(clerk, () =>
        harness.get(ReplaceClaim).execute({ ...harness.commandFor(clerk), claimId: ready.id, reason: 'wrong code' }),
      ),
    ).rejects.toMatchObject({ status: 409 });
    expect(await claimsOfVisit(harness, clerk, visit.visitId)).toHaveLength(1);
  });
});
