import { UseCaseHarness } from '@praxis/testing';
import { aClinicWithAProvider, startTrainingUseCases, submitsCompletion } from '../../../test/training-use-cases';
import { CompletionsQueries } from '../completions.queries';
import { CorrectCompletion } from './correct-completion.usecase';

describe('CorrectCompletion', () => {
  let harness: UseCaseHarness;
  let sut: CorrectCompletion;

  beforeAll(async () => {
    harness = await startTrainingUseCases();
    sut = harness.get(CorrectCompletion);
  });
  afterAll(() => harness.close());

  it('supersedes the wrong completion and keeps both in the record', async () => {
    const { manager, provider, requirement } = await aClinicWithAProvider(harness);
    const licence = await requirement('State licence');
    const wrong = await submitsCompletion(harness, manager, {
      requirementId: licence.id,
      userId: provider.userId,
      completedOn: '2025-06-01',
      expiresOn: '2026-05-31',
      certificateNumber: 'IL-036-000001',
    });
    const corrected = await harness.as(manager, () =>
      sut.execute({ ...harness.commandFor(manager), completionId: wrong.id, corrections: { expiresOn: '2027-05-31' } }),
    );
    expect(corrected).toMatchObject({
      supersedesId: wrong.id,
      expiresOn: '2027-05-31',
      certificateNumber: 'IL-036-000001',
      review: 'verified',
    });

    const record = await harness.as(provider, () => harness.get(CompletionsQueries).page({ limit: 50 }));
    expect(record.items.map(({ id, expiresOn }) => ({ id, expiresOn }))).toEqual([
      { id: wrong.id, expiresOn: '2026-05-31' },
      { id: corrected.id, expiresOn: '2027-05-31' },
    ]);
  });
});
