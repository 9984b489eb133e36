import { randomUUID } from 'node:crypto';
import { Topic } from '@praxis/contracts';
import { NotFoundError, UnprocessableError } from '@praxis/platform';
import { listenToTopic, TopicListener, UseCaseHarness } from '@praxis/testing';
import { A_PDF, aClinicWithAProvider, startTrainingUseCases } from '../../../test/training-use-cases';
import { CompletionsQueries } from '../completions.queries';
import { SubmitCompletion } from './submit-completion.usecase';

describe('SubmitCompletion', () => {
  let harness: UseCaseHarness;
  let events: TopicListener;
  let sut: SubmitCompletion;

  beforeAll(async () => {
    events = await listenToTopic(Topic.TrainingRecords);
    harness = await startTrainingUseCases();
    sut = harness.get(SubmitCompletion);
  });
  afterAll(async () => {
    await harness.close();
    await events.stop();
  });

  it('keeps a staff member’s own submission pending, with its certificate for them to download', async () => {
    const { provider, requirement } = await aClinicWithAProvider(harness);
    const osha = await requirement('OSHA bloodborne pathogens');
    const completion = await harness.as(provider, () =>
      sut.execute({
        ...harness.commandFor(provider),
        requirementId: osha.id,
        completedOn: '2024-02-29',
        issuer: 'Red Cross',
        certificate: { contentBase64: A_PDF },
      }),
    );
    expect(completion).toMatchObject({ review: 'pending', expiresOn: '2025-02-28', userId: provider.userId });
    const file = await harness.as(provider, () => harness.get(CompletionsQueries).certificate(completion.id));
    expect(file).toMatchObject({ mediaType: 'application/pdf', content: Buffer.from(A_PDF, 'base64') });
  });

  it('verifies what a manager records, and tells scheduling a blocking credential is current', async () => {
    const { manager, provider, requirement } = await aClinicWithAProvider(harness);
    const licence = await requirement('State licence');
    const completion = await harness.as(manager, () =>
      sut.execute({
        ...harness.commandFor(manager),
        requirementId: licence.id,
        userId: provider.userId,
        completedOn: '2025-06-01',
        expiresOn: '2027-05-31',
        certificateNumber: 'IL-036-123456',
      }),
    );
    expect(completion).toMatchObject({ review: 'verified', expiresOn: '2027-05-31', reviewedBy: manager.userId });
    const [renewed] = await events.eventsOf(manager.tenantId, 1);
    expect(renewed).toMatchObject({
      type: 'training.credential.renewed',
      version: 2,
      payload: {
        userId: provider.userId,
        credentialName: 'State licence',
        blocksScheduling: true,
        validUntil: '2027-05-31',
      },
    });
  });

  it('needs the printed expiry for a licence and refuses one for a course that expires by its own rule', async () => {
    const { manager, provider, requirement } = await aClinicWithAProvider(harness);
    const [licence, osha] = [await requirement('State licence'), await requirement('OSHA bloodborne pathogens')];
    const command = { ...harness.commandFor(manager), userId: provider.userId, completedOn: '2026-01-10' };
    await expect(
      harness.as(manager, () => sut.execute({ ...command, requirementId: licence.id })),
    ).rejects.toBeInstanceOf(UnprocessableError);
    await expect(
      harness.as(manager, () => sut.execute({ ...command, requirementId: osha.id, expiresOn: '2027-01-10' })),
    ).rejects.toBeInstanceOf(UnprocessableError);
  });

  it('refuses a completion for someone else when a staff member sends it, and one nobody requires of them', async () => {
    const { provider, requirement } = await aClinicWithAProvider(harness);
    const osha = await requirement('OSHA bloodborne pathogens');
    const command = { ...harness.commandFor(provider), requirementId: osha.id, completedOn: '2026-01-10' };
    await expect(harness.as(provider, () => sut.execute({ ...command, userId: randomUUID() }))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const stranger = { ...provider, userId: randomUUID() };
    await expect(
      harness.as(stranger, () => sut.execute({ ...command, actorUserId: stranger.userId })),
    ).rejects.toBeInstanceOf(UnprocessableError);
  });
});
