import { TenantTransactions } from '@praxis/tenancy';
import { eventually, UseCaseHarness } from '@praxis/testing';
import { aClinicWithAProvider, startTrainingUseCases } from '../../../test/training-use-cases';
import { TrainingNotification } from '../training-notification.entity';
import { StartDeadlineScan } from './start-deadline-scan.usecase';

describe('StartDeadlineScan', () => {
  let harness: UseCaseHarness;

  beforeAll(async () => {
    harness = await startTrainingUseCases();
  });
  afterAll(() => harness.close());

  it('runs the clinic’s scan in the background: a new provider is reminded of the licence they still owe', async () => {
    const { manager, provider } = await aClinicWithAProvider(harness);
    await harness.as(manager, () => harness.get(StartDeadlineScan).execute(harness.commandFor(manager)));

    const reminded = () =>
      harness.as(manager, () =>
        harness
          .get(TenantTransactions)
          .run((db) => db.findBy(TrainingNotification, { recipientUserId: provider.userId })),
      );
    const reminders = await eventually(async () => {
      const sent = await reminded();
      expect(sent.length).toBeGreaterThan(0);
      return sent;
    }, 30_000);
    expect(reminders.map(({ message }) => message)).toContain(
      `Your State licence is due by ${harness.clock.now().toISOString().slice(0, 10)}.`,
    );
  });
});
