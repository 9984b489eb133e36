import { Topic } from '@praxis/contracts';
import { listenToTopic, TopicListener, UseCaseHarness } from '@praxis/testing';
import { PaymentsQueries } from '../src/payments/payments.queries';
import { aClinicWithPrices, startBillingUseCases } from './billing-use-cases';
import { cash, postsPayment, schedulingRegisters } from './payment-builders';

describe("a patient's payments leave a line on the patient data trail", () => {
  let harness: UseCaseHarness;
  let trail: TopicListener;

  beforeAll(async () => {
    harness = await startBillingUseCases();
    trail = await listenToTopic(Topic.AuditPatientData);
  });
  afterAll(async () => {
    await trail.stop();
    await harness.close();
  });

  it('records taking a payment, its replay and every read of it, by ids only, and an empty list as such', async () => {
    const clerk = await aClinicWithPrices(harness);
    const patientId = await schedulingRegisters(harness, clerk);
    const withoutPayments = await schedulingRegisters(harness, clerk);
    const payment = await postsPayment(harness, clerk, { patientId, ...cash(5_000) }, 'pay-and-retry');
    await postsPayment(harness, clerk, { patientId, ...cash(5_000) }, 'pay-and-retry');
    const payments = harness.get(PaymentsQueries);
    await harness.as(clerk, () => payments.get(payment.id));
    await harness.as(clerk, () => payments.page({ patientId: withoutPayments, limit: 50 }));

    const lines = (await trail.eventsOf(clerk.tenantId, 4)).map(({ payload }) => payload);

    const record = { patientId, kind: 'payment', id: payment.id };
    expect(lines).toEqual([
      expect.objectContaining({ service: 'billing', actorUserId: clerk.userId, action: 'create', records: [record] }),
      expect.objectContaining({ action: 'read', records: [record] }),
      expect.objectContaining({ action: 'read', records: [record] }),
      expect.objectContaining({ action: 'read', records: [{ patientId: withoutPayments, kind: 'payment', id: null }] }),
    ]);
    expect(JSON.stringify(lines)).not.toContain('Rivera');
  });
});
