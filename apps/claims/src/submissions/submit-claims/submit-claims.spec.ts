import { ClaimSubmitted, Topic } from '@praxis/contracts';
import { ClinicActor, eventually, handledTogether, listenToTopic } from '@praxis/testing';
import { defaultDelimiters, readProfessionalClaims, readX12 } from '@praxis/x12';
import {
  aBilledClaim,
  aCharge,
  aClinicSetUpToBill,
  billingPosts,
  claimsOfVisit,
  schedulingRecordsCoverage,
} from '../../../test/claims-use-cases';
import {
  claimReaches,
  ClaimsWithSandbox,
  sandboxRules,
  startClaimsWithSandbox,
} from '../../../test/clearinghouse-exchange';
import { ClaimSubmissionsQueries } from '../claim-submissions.queries';
import { SubmissionBuilder } from '../submission-builder';
import { SubmitClaims } from './submit-claims.usecase';

describe('SubmitClaims (ready claims to the clearinghouse, its replies applied)', () => {
  let system: ClaimsWithSandbox;

  beforeAll(async () => {
    system = await startClaimsWithSandbox();
  });
  afterAll(() => system.close());
  beforeEach(() => sandboxRules(system.sandbox));

  const aReadyClaim = (clerk: ClinicActor, memberId = 'W123456789') =>
    aBilledClaim(system.harness, clerk, {}, { memberId });

  const submit = (clerk: ClinicActor, idempotencyKey?: string) =>
    system.harness.as(clerk, () =>
      system.harness.get(SubmitClaims).execute({ ...system.harness.commandFor(clerk), idempotencyKey }),
    );

  const submissionOf = (clerk: ClinicActor, id: string) =>
    system.harness.as(clerk, () => system.harness.get(ClaimSubmissionsQueries).get(id));

  const sentSubmission = (clerk: ClinicActor, id: string) =>
    eventually(async () => {
      const submission = await submissionOf(clerk, id);
      expect(submission.status).toBe('sent');
      return submission;
    });

  it('sends the ready claims in one 837P kept byte for byte, and follows the 999 and 277CA to accepted', async () => {
    const { harness } = system;
    const clerk = await aClinicSetUpToBill(harness);
    const first = await aReadyClaim(clerk);
    const second = await aReadyClaim(clerk);
    const announced = await listenToTopic(Topic.ClaimsClaims);

    const submission = await submit(clerk);

    expect(submission.status).toBe('queued');
    const accepted = await claimReaches(harness, clerk, first.id, 'accepted');
    await claimReaches(harness, clerk, second.id, 'accepted');
    expect(accepted.payerClaimControlNumber).toMatch(/^SBX\d{9}$/);
    expect(accepted.history?.slice(-3).map(({ toStatus }) => toStatus)).toEqual([
      'submitted',
      'acknowledged',
      'accepted',
    ]);
    expect(await submissionOf(clerk, submission.id)).toMatchObject({
      status: 'sent',
      interchangeControlNumber: 1,
      receiverId: 'PRAXISSANDBOX',
    });
    const bytes = await harness.as(clerk, () => harness.get(ClaimSubmissionsQueries).file(submission.id));
    const file = readX12(bytes);
    const set = file.interchanges[0].groups[0].transactionSets[0];
    const { file: sent } = readProfessionalClaims(set, file.delimiters ?? defaultDelimiters);
    expect(sent.claims.map(({ patientControlNumber }) => patientControlNumber).sort()).toEqual(
      [first.patientControlNumber, second.patientControlNumber].sort(),
    );
    const events = await announced.eventsOf(clerk.tenantId, 6);
    const submittedIn = (version: number) =>
      events
        .filter((event) => event.type === ClaimSubmitted.type && event.version === version)
        .map(({ aggregateId }) => aggregateId)
        .sort();
    expect(submittedIn(1)).toEqual([first.id, second.id].sort());
    expect(submittedIn(2)).toEqual([first.id, second.id].sort());
    await announced.stop();
  });

  it("numbers a clinic's files to its receiver 1, 2…, and answers a repeated request with the same submission", async () => {
    const clerk = await aClinicSetUpToBill(system.harness);
    await aReadyClaim(clerk);
    const firstFile = await submit(clerk, 'ready-claims-1');
    expect((await submit(clerk, 'ready-claims-1')).id).toBe(firstFile.id);
    await sentSubmission(clerk, firstFile.id);
    await aReadyClaim(clerk);
    const secondFile = await submit(clerk);

    expect((await sentSubmission(clerk, secondFile.id)).interchangeControlNumber).toBe(2);
    expect((await submissionOf(clerk, firstFile.id)).interchangeControlNumber).toBe(1);
  });

  it('rejects every claim of a transaction set the 999 rejects, naming the segment and element', async () => {
    await sandboxRules(system.sandbox, { memberIdPattern: '^ZZ\\d+$' });
    const clerk = await aClinicSetUpToBill(system.harness);
    const claim = await aReadyClaim(clerk);

    await submit(clerk);

    const rejected = await claimReaches(system.harness, clerk, claim.id, 'rejected');
    expect(rejected.history?.slice(-1)[0].details).toMatchObject({
      reasons: [
        { code: 'IK4:I12', message: expect.stringMatching(/^NM1 \(segment \d+ of the claim file\): element 9/) },
      ],
    });
  });

  it('rejects the claim whose member id the payer does not know (277CA), and accepts the other in the file', async () => {
    await sandboxRules(system.sandbox, { unknownMemberIds: ['W404404404'] });
    const clerk = await aClinicSetUpToBill(system.harness);
    const unknown = await aReadyClaim(clerk, 'W404404404');
    const known = await aReadyClaim(clerk);

    await submit(clerk);

    const rejected = await claimReaches(system.harness, clerk, unknown.id, 'rejected');
    await claimReaches(system.harness, clerk, known.id, 'accepted');
    expect(rejected.history?.slice(-1)[0].details).toMatchObject({
      reasons: [{ code: 'A7:164:IL', message: expect.stringContaining('member id') }],
    });
  });

  it('takes back a ready claim whose coverage ended before it was sent, saying why, and sends the others', async () => {
    const { harness } = system;
    const clerk = await aClinicSetUpToBill(harness);
    const uncovered = await aReadyClaim(clerk);
    const covered = await aReadyClaim(clerk);
    await schedulingRecordsCoverage(harness, clerk, uncovered.patientId);

    const submission = await submit(clerk);

    await claimReaches(harness, clerk, covered.id, 'accepted');
    const heldBack = await claimReaches(harness, clerk, uncovered.id, 'needs_fix');
    expect(heldBack.history?.at(-1)).toMatchObject({
      action: 'scrubbed',
      details: { errors: [expect.stringContaining('coverage')] },
    });
    expect((await submissionOf(clerk, submission.id)).claims.map(({ claimId }) => claimId)).toEqual([covered.id]);
  });

  it('puts a charge of the visit released while its claim is being sent on a claim of its own', async () => {
    const { harness } = system;
    const clerk = await aClinicSetUpToBill(harness);
    const sent = await aReadyClaim(clerk);
    const { visitId, patientId } = sent;
    const lateCharge = aCharge({ visitId, patientId, procedureCode: '96372', amountMinor: 2_500 });

    await handledTogether(
      harness,
      { target: harness.get(SubmissionBuilder), method: 'build' },
      async () => sentSubmission(clerk, (await submit(clerk)).id),
      () => billingPosts(harness, clerk, lateCharge),
    );

    const claims = await claimsOfVisit(harness, clerk, visitId);
    expect(
      claims.map(({ id, status, lines }) => [id, status, lines?.map(({ procedureCode }) => procedureCode)]),
    ).toEqual([
      [sent.id, expect.not.stringMatching(/^(draft|needs_fix|ready)$/), ['99213']],
      [expect.any(String), 'ready', ['96372']],
    ]);
  });

  it('refuses to queue a submission when no claim is ready', async () => {
    const clerk = await aClinicSetUpToBill(system.harness);
    await expect(submit(clerk)).rejects.toMatchObject({ status: 422 });
  });
});
