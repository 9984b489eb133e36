import { Topic } from '@praxis/contracts';
import { TenantTransactions } from '@praxis/tenancy';
import { listenToTopic, TopicListener, UseCaseHarness } from '@praxis/testing';
import {
  aClinicWithAProvider,
  identityAnnounces,
  startTrainingUseCases,
  submitsCompletion,
} from '../../test/training-use-cases';
import { TrainingNotification } from './training-notification.entity';
import { ScanTrainingDeadlinesJob } from './scan-training-deadlines.job';

describe('the daily training deadline scan', () => {
  let harness: UseCaseHarness;
  let events: TopicListener;
  let sut: ScanTrainingDeadlinesJob;

  beforeAll(async () => {
    events = await listenToTopic(Topic.TrainingRecords);
    harness = await startTrainingUseCases();
    sut = harness.get(ScanTrainingDeadlinesJob);
  });
  afterAll(async () => {
    await harness.close();
    await events.stop();
  });

  const aLicensedProvider = async (expiresOn: string) => {
    harness.clock.set('2026-01-05T15:00:00Z');
    const clinic = await aClinicWithAProvider(harness);
    const { manager, provider } = clinic;
    await identityAnnounces(harness, manager, { userId: manager.userId, roles: ['clinic_manager'] });
    const licence = await clinic.requirement('State licence');
    const completion = await submitsCompletion(harness, manager, {
      requirementId: licence.id,
      userId: provider.userId,
      completedOn: '2025-06-01',
      expiresOn,
    });
    const scan = () =>
      harness.as({ tenantId: manager.tenantId, roles: [] }, () => sut.handle({ tenantId: manager.tenantId }));
    return { ...clinic, licence, completion, scan };
  };

  it('reminds the provider and their manager once of a licence expiring within 30 days, however often it runs', async () => {
    const { manager, provider, scan } = await aLicensedProvider('2026-03-31');
    harness.clock.set('2026-03-02T11:00:00Z');
    await scan();
    await scan();

    const sent = await harness.as(manager, () =>
      harness.get(TenantTransactions).run((db) => db.find(TrainingNotification, { where: { deadline: '2026-03-31' } })),
    );
    expect(
      sent
        .map(({ recipientUserId, stage, message }) => ({ recipientUserId, stage, message }))
        .sort((a, b) => a.message.localeCompare(b.message)),
    ).toEqual([
      { recipientUserId: manager.userId, stage: '30', message: "Dr Ada Park's State licence expires on 2026-03-31." },
      { recipientUserId: provider.userId, stage: '30', message: 'Your State licence expires on 2026-03-31.' },
    ]);
  });

  it('tells scheduling once that a blocking licence lapsed, and that it is renewed once verified', async () => {
    const { manager, provider, licence, scan } = await aLicensedProvider('2026-03-31');
    harness.clock.set('2026-04-01T11:00:00Z');
    await scan();
    await scan();
    await submitsCompletion(harness, manager, {
      requirementId: licence.id,
      userId: provider.userId,
      completedOn: '2026-04-01',
      expiresOn: '2028-03-31',
    });

    // The first event is the renewal the original licence announced when it was recorded.
    const [expired, renewed, ...more] = (await events.eventsOf(manager.tenantId, 3)).slice(1);
    expect(expired).toMatchObject({
      type: 'training.credential.expired',
      payload: {
        userId: provider.userId,
        credentialName: 'State licence',
        blocksScheduling: true,
        expiredOn: '2026-03-31',
      },
    });
    expect(renewed).toMatchObject({
      type: 'training.credential.renewed',
      payload: { credentialId: expired.payload.credentialId, validUntil: '2028-03-31' },
    });
    expect(more).toEqual([]);
  });
});
