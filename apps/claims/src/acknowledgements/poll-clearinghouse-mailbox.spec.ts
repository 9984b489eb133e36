import { ClaimAdjudicated, ClaimAdjudicationReversed, Topic } from '@praxis/contracts';
import { ClinicActor, eventually, listenToTopic } from '@praxis/testing';
import { aBilledClaim, aClinicSetUpToBill } from '../../test/claims-use-cases';
import {
  claimReaches,
  ClaimsWithSandbox,
  sandboxRules,
  startClaimsWithSandbox,
} from '../../test/clearinghouse-exchange';
import { RemittancesQueries } from '../remittances/remittances.queries';
import { SubmitClaims } from '../submissions/submit-claims/submit-claims.usecase';

describe("PollClearinghouseMailboxJob (the payer's 835s collected and posted as an upload is)", () => {
  let system: ClaimsWithSandbox;

  beforeAll(async () => {
    system = await startClaimsWithSandbox();
  });
  afterAll(() => system.close());

  const aSubmittedClaim = async (clerk: ClinicActor) => {
    const { harness } = system;
    const claim = await aBilledClaim(harness, clerk, { amountMinor: 10_000 });
    await harness.as(clerk, () => harness.get(SubmitClaims).execute(harness.commandFor(clerk)));
    return claim;
  };

  const remittancesOf = (clerk: ClinicActor) =>
    system.harness.as(clerk, () => system.harness.get(RemittancesQueries).page({ limit: 50 }));

  const mailboxOf = async (submitterId: string) => {
    const response = await fetch(`${system.sandbox.url}/mailboxes/${submitterId}/files`);
    return ((await response.json()) as { files: unknown[] }).files;
  };

  it("posts the payer's 835 once: the claim paid as the payer decided, announced to billing, the file gone from the mailbox", async () => {
    await sandboxRules(system.sandbox, { remittanceDelayMs: 0, allowedPercent: 80, coinsurancePercent: 20 });
    const clerk = await aClinicSetUpToBill(system.harness);
    const announced = await listenToTopic(Topic.ClaimsClaims);

    const claim = await aSubmittedClaim(clerk);

    await claimReaches(system.harness, clerk, claim.id, 'paid');
    const decisions = (await announced.eventsOf(clerk.tenantId, 4)).filter(
      ({ type }) => type === ClaimAdjudicated.type,
    );
    expect(decisions.map(({ payload }) => payload.paidMinor)).toEqual([6_400]);
    const { items } = await remittancesOf(clerk);
    expect(items.map(({ claims }) => claims.map(({ matchedClaimId }) => matchedClaimId))).toEqual([[claim.id]]);
    await eventually(async () => expect(await mailboxOf(`S${clerk.tenantId.slice(0, 8).toUpperCase()}`)).toEqual([]));
    await announced.stop();
  });

  it("takes the payer's later reversal and correction: the decision taken back, then the claim paid at the new share", async () => {
    await sandboxRules(system.sandbox, { remittanceDelayMs: 0, correctedAllowedPercent: 100, correctionDelayMs: 0 });
    const clerk = await aClinicSetUpToBill(system.harness);
    const announced = await listenToTopic(Topic.ClaimsClaims);

    const claim = await aSubmittedClaim(clerk);

    const events = await eventually(async () => {
      const decisions: string[] = [ClaimAdjudicated.type, ClaimAdjudicationReversed.type];
      const heard = (await announced.eventsOf(clerk.tenantId, 6)).filter(({ type }) => decisions.includes(type));
      expect(heard).toHaveLength(3);
      return heard;
    });
    expect(events.map(({ type, payload }) => [type, payload.paidMinor])).toEqual([
      [ClaimAdjudicated.type, 6_400],
      [ClaimAdjudicationReversed.type, undefined],
      [ClaimAdjudicated.type, 8_000],
    ]);
    expect(events[1].payload.adjudicationId).toBe(events[0].payload.adjudicationId);
    const paid = await claimReaches(system.harness, clerk, claim.id, 'paid');
    expect(paid.history?.slice(-3).map(({ toStatus }) => toStatus)).toEqual(['paid', 'accepted', 'paid']);
    await announced.stop();
  });
});
