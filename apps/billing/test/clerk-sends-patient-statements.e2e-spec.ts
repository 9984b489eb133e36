import { randomUUID } from 'node:crypto';
import {
  internalHeaders,
  RunningService,
  startService,
  serviceTestEnvironment,
  textOfPdf,
  UseCaseHarness,
} from '@praxis/testing';
import { billingConfigSchema } from '../src/billing.config';
import { BILLING_SERVICE, BillingModule } from '../src/billing.module';
import { aChicagoClinicWithPrices, startBillingUseCases } from './billing-use-cases';
import { aReleasedVisit, schedulingRegisters } from './payment-builders';

describe('a billing clerk sends patient statements', () => {
  let harness: UseCaseHarness;
  let billing: RunningService;

  beforeAll(async () => {
    harness = await startBillingUseCases();
    const config = billingConfigSchema.parse({
      ...serviceTestEnvironment(BILLING_SERVICE),
      KAFKA_CONSUMER_GROUP: `praxis-billing-test-${randomUUID()}`,
    });
    billing = await startService(BillingModule.register(config), {
      serviceName: BILLING_SERVICE,
      consumerBrokers: config.KAFKA_BROKERS,
      consumerGroup: config.KAFKA_CONSUMER_GROUP,
    });
  });
  afterAll(async () => {
    await billing.close();
    await harness.close();
  });

  const aPatientOwingAVisit = async () => {
    const clerk = await aChicagoClinicWithPrices(harness);
    const patientId = await schedulingRegisters(harness, clerk);
    await aReleasedVisit(harness, clerk, patientId);
    const as = (role: string, tenantId = clerk.tenantId) =>
      internalHeaders({ tenantId, userId: randomUUID(), roles: [role] });
    return { clerk, patientId, as };
  };

  const send = async (path: string, headers: Record<string, string>, init: RequestInit = {}) =>
    fetch(`${billing.url}/api/v1/billing${path}`, { ...init, headers: { ...headers, ...(init.headers ?? {}) } });

  it('issues a statement and downloads it again as the PDF that was sent', async () => {
    const { patientId, as } = await aPatientOwingAVisit();

    const issued = await send(`/patients/${patientId}/statements`, await as('billing_clerk'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({}),
    });
    expect(issued.status).toBe(201);
    const { id } = (await issued.json()) as { id: string };
    const download = await send(`/statements/${id}/pdf`, await as('clinic_manager'));

    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    const text = await textOfPdf(Buffer.from(await download.arrayBuffer()));
    expect(text).toContain('Maria Rivera');
    expect(text).toMatch(/Balance due\s*125\.00/);
  });

  it('answers another clinic as if the statement did not exist, and the front desk not at all', async () => {
    const { patientId, as } = await aPatientOwingAVisit();
    const issued = await send(`/patients/${patientId}/statements`, await as('billing_clerk'), { method: 'POST' });
    const { id } = (await issued.json()) as { id: string };

    const otherClinic = await send(`/statements/${id}/pdf`, await as('billing_clerk', randomUUID()));
    const frontDesk = await send(`/statements/${id}/pdf`, await as('front_desk'));

    expect(otherClinic.status).toBe(404);
    expect(otherClinic.headers.get('content-type')).toContain('application/problem+json');
    expect(frontDesk.status).toBe(403);
  });

  it('starts one statement run for one Idempotency-Key, and says so when a resend is answered', async () => {
    const { as } = await aPatientOwingAVisit();
    const headers = { ...(await as('billing_clerk')), 'idempotency-key': `run-${randomUUID()}` };

    const first = await send('/statement-runs', headers, { method: 'POST' });
    const again = await send('/statement-runs', headers, { method: 'POST' });

    expect(first.status).toBe(202);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(((await again.json()) as { id: string }).id).toBe(((await first.json()) as { id: string }).id);
  });

  it('refuses statement settings it could not print, naming each field, and keeps none of them', async () => {
    const { as } = await aPatientOwingAVisit();
    const headers = { ...(await as('clinic_manager')), 'content-type': 'application/json' };
    const settings = {
      payToName: 'Lakeside Family Medicine LLC',
      returnAddress: { line1: 'PO Box 4410', city: 'Chicago', state: 'ZZ', postalCode: '6068' },
      billingPhone: '555-0142',
    };

    const refused = await send('/statement-settings', headers, { method: 'PUT', body: JSON.stringify(settings) });

    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    const { errors } = (await refused.json()) as { errors: { field: string }[] };
    expect(errors.map(({ field }) => field).sort()).toEqual([
      'billingPhone',
      'returnAddress.postalCode',
      'returnAddress.state',
    ]);
    expect((await send('/statement-settings', headers)).status).toBe(404);
  });
});
