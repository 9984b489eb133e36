import { Topic } from '@praxis/contracts';
import { ClinicActor, listenToTopic, TopicListener, UseCaseHarness } from '@praxis/testing';
import { TenantTransactions } from '@praxis/tenancy';
import {
  aClinicSetUpToBill,
  aCoveredVisit,
  billingPosts,
  claimsOfVisit,
  startClaimsUseCases,
} from '../../test/claims-use-cases';
import { ClaimChange, ClaimLifecycle } from './claim-lifecycle';
import { ClaimNotEditableError, ClaimTransitionRefusedError, DecidedClaimWithdrawalError } from './claim-status';
import { Claim } from './claim.entity';
import { FixClaim } from './fix-claim/fix-claim.usecase';
import { VoidClaim } from './void-claim/void-claim.usecase';

describe('ClaimLifecycle (the one way a claim changes status)', () => {
  let harness: UseCaseHarness;
  let sut: ClaimLifecycle;
  let events: TopicListener;

  beforeAll(async () => {
    harness = await startClaimsUseCases();
    sut = harness.get(ClaimLifecycle);
    events = await listenToTopic(Topic.ClaimsClaims);
  });
  afterAll(async () => {
    await events.stop();
    await harness.close();
  });

  const aReadyClaim = async (clerk: ClinicActor): Promise<Claim> => {
    const charge = await aCoveredVisit(harness, clerk);
    await billingPosts(harness, clerk, charge);
    const [claim] = await claimsOfVisit(harness, clerk, charge.visitId);
    expect(claim.status).toBe('ready');
    return claim;
  };
  const bySubmission = (action: string): ClaimChange => ({ actorUserId: null, now: harness.clock.now(), action });
  const inTransaction = <T>(clerk: ClinicActor, work: Parameters<TenantTransactions['run']>[0]) =>
    harness.as(clerk, () => harness.get(TenantTransactions).run(work)) as Promise<T>;

  it('carries a claim from submission to the payer’s acceptance, announcing each step and keeping its history', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const claim = await aReadyClaim(clerk);

    await inTransaction(clerk, async (manager) => {
      await sut.submit(manager, claim.id, bySubmission('submitted in interchange 000000001'));
      await sut.acknowledge(manager, claim.id, bySubmission('acknowledged by the clearinghouse (999 A)'));
      await sut.accept(manager, claim.id, 'PCN-7781', bySubmission('accepted by the payer (277CA A2)'));
    });

    const [accepted] = await claimsOfVisit(harness, clerk, claim.visitId);
    expect(accepted).toMatchObject({ status: 'accepted', payerClaimControlNumber: 'PCN-7781' });
    expect(accepted.history?.slice(-3).map(({ fromStatus, toStatus }) => [fromStatus, toStatus])).toEqual([
      ['ready', 'submitted'],
      ['submitted', 'acknowledged'],
      ['acknowledged', 'accepted'],
    ]);
    const announced = await events.eventsOf(clerk.tenantId, 3);
    expect(announced.map(({ type, version, aggregateId }) => [type, version, aggregateId])).toEqual([
      ['claim.submitted', 1, claim.id],
      ['claim.submitted', 2, claim.id],
      ['claim.accepted', 1, claim.id],
    ]);
    expect(announced[0].payload).toMatchObject({
      patientControlNumber: claim.patientControlNumber,
      payerId: '60054',
      chargeIds: claim.lines?.map(({ chargeId }) => chargeId),
      totalChargeMinor: 12_500,
      currency: 'USD',
    });
  });

  it('lets the clerk fix a rejected claim, which is scrubbed again before it can go out', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const claim = await aReadyClaim(clerk);
    const reasons = [{ code: 'A7:21', message: 'subscriber member id not found' }];
    await inTransaction(clerk, async (manager) => {
      await sut.submit(manager, claim.id, bySubmission('submitted'));
      await sut.reject(manager, claim.id, reasons, bySubmission('rejected by the payer (277CA A7)'));
    });
    expect(await events.eventsOf(clerk.tenantId, 3)).toContainEqual(
      expect.objectContaining({ type: 'claim.rejected', payload: expect.objectContaining({ reasons }) }),
    );

    const fixed = await harness.as(clerk, () =>
      harness.get(FixClaim).execute({ ...harness.commandFor(clerk), claimId: claim.id, diagnoses: ['J02.9'] }),
    );
    expect(fixed).toMatchObject({ status: 'ready', diagnoses: ['J02.9'] });
  });

  it('answers any other move with 409 in words, and changes nothing', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const claim = await aReadyClaim(clerk);

    const accepting = inTransaction(clerk, (manager) => sut.accept(manager, claim.id, null, bySubmission('accepted')));
    await expect(accepting).rejects.toThrow(
      'this claim is ready, so it cannot become accepted: only a submitted or acknowledged claim, or one whose decision the payer reversed, can be accepted',
    );

    await inTransaction(clerk, (manager) => sut.submit(manager, claim.id, bySubmission('submitted')));
    const voiding = harness.as(clerk, () =>
      harness.get(VoidClaim).execute({ ...harness.commandFor(clerk), claimId: claim.id, reason: 'duplicate visit' }),
    );
    await expect(voiding).rejects.toBeInstanceOf(ClaimTransitionRefusedError);
    const fixing = harness.as(clerk, () =>
      harness.get(FixClaim).execute({ ...harness.commandFor(clerk), claimId: claim.id, diagnoses: ['J02.9'] }),
    );
    await expect(fixing).rejects.toBeInstanceOf(ClaimNotEditableError);

    const [unchanged] = await claimsOfVisit(harness, clerk, claim.visitId);
    expect(unchanged).toMatchObject({ status: 'submitted', diagnoses: claim.diagnoses });
  });

  it('refuses to withdraw a claim the payer decided, which only a void claim sent to the payer takes back', async () => {
    const clerk = await aClinicSetUpToBill(harness);
    const claim = await aReadyClaim(clerk);
    await inTransaction(clerk, async (manager) => {
      await sut.submit(manager, claim.id, bySubmission('submitted'));
      await sut.acknowledge(manager, claim.id, bySubmission('acknowledged by the clearinghouse (999 A)'));
      await sut.accept(manager, claim.id, 'PCN-4410', bySubmission('accepted by the payer (277CA A2)'));
      await sut.move(manager, await sut.lock(manager, claim.id), 'denied', bySubmission('denied by the payer (835)'));
    });

    const withdrawing = harness.as(clerk, () =>
      harness.get(VoidClaim).execute({ ...harness.commandFor(clerk), claimId: claim.id, reason: 'entered in error' }),
    );
    await expect(withdrawing).rejects.toBeInstanceOf(DecidedClaimWithdrawalError);
    const [unchanged] = await claimsOfVisit(harness, clerk, claim.visitId);
    expect(unchanged.status).toBe('denied');
  });
});
