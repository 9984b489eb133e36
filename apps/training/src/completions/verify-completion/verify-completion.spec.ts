import { UseCaseHarness } from '@praxis/testing';
import { aClinicWithAProvider, startTrainingUseCases, submitsCompletion } from '../../../test/training-use-cases';
import { CompletionAlreadyReviewedError } from '../completion-review';
import { RejectCompletion } from '../reject-completion/reject-completion.usecase';
import { VerifyCompletion } from './verify-completion.usecase';

describe('reviewing a submitted completion', () => {
  let harness: UseCaseHarness;
  let sut: VerifyCompletion;

  beforeAll(async () => {
    harness = await startTrainingUseCases();
    sut = harness.get(VerifyCompletion);
  });
  afterAll(() => harness.close());

  const aPendingCompletion = async () => {
    const clinic = await aClinicWithAProvider(harness);
    const hipaa = await clinic.requirement('HIPAA privacy');
    const completion = await submitsCompletion(harness, clinic.provider, {
      requirementId: hipaa.id,
      completedOn: '2026-02-20',
    });
    return { ...clinic, completion };
  };

  it('verifies a pending completion once', async () => {
    const { manager, completion } = await aPendingCompletion();
    const command = { ...harness.commandFor(manager), completionId: completion.id };
    expect(await harness.as(manager, () => sut.execute(command))).toMatchObject({
      review: 'verified',
      reviewedBy: manager.userId,
    });
    await expect(harness.as(manager, () => sut.execute(command))).rejects.toBeInstanceOf(
      CompletionAlreadyReviewedError,
    );
  });

  it('keeps the reason of a rejection, and a rejected completion cannot be verified after all', async () => {
    const { manager, completion } = await aPendingCompletion();
    const command = { ...harness.commandFor(manager), completionId: completion.id };
    const rejected = await harness.as(manager, () =>
      harness.get(RejectCompletion).execute({ ...command, reason: 'The certificate is for someone else' }),
    );
    expect(rejected).toMatchObject({ review: 'rejected', rejectionReason: 'The certificate is for someone else' });
    await expect(harness.as(manager, () => sut.execute(command))).rejects.toBeInstanceOf(
      CompletionAlreadyReviewedError,
    );
  });
});
