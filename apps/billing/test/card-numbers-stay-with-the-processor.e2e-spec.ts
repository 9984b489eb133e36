import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import {
  eventually,
  internalHeaders,
  RunningService,
  serviceTestEnvironment,
  startService,
  UseCaseHarness,
} from '@praxis/testing';
import { billingConfigSchema } from '../src/billing.config';
import { BILLING_SERVICE, BillingModule } from '../src/billing.module';
import { aClinicWithPrices, startBillingUseCases } from './billing-use-cases';
import { aReleasedVisit, everyRowOfTheClinic, schedulingRegisters } from './payment-builders';

const APPROVED = '4242424242424242';
const DECLINED = '4000000000009995';
const MISTYPED = '4242424242424241';

describe('a card number given to billing goes to the processor and nowhere else', () => {
  let harness: UseCaseHarness;
  let billing: RunningService;
  const output: string[] = [];

  beforeAll(async () => {
    // Everything the service writes to stdout and stderr, at the most talkative log level.
    const { write, writeSync } = fs;
    const keep = (fd: number, data: unknown) => {
      if (fd === 1 || fd === 2) output.push(Buffer.isBuffer(data) ? data.toString('utf8') : String(data));
    };
    jest.spyOn(fs, 'write').mockImplementation(((fd: number, data: unknown, ...rest: never[]) => {
      keep(fd, data);
      return (write as (...args: unknown[]) => void)(fd, data, ...rest);
    }) as typeof fs.write);
    jest.spyOn(fs, 'writeSync').mockImplementation(((fd: number, data: unknown, ...rest: never[]) => {
      keep(fd, data);
      return (writeSync as (...args: unknown[]) => number)(fd, data, ...rest);
    }) as typeof fs.writeSync);
    harness = await startBillingUseCases();
    const config = billingConfigSchema.parse({ ...serviceTestEnvironment(BILLING_SERVICE), LOG_LEVEL: 'trace' });
    billing = await startService(BillingModule.register(config), { serviceName: BILLING_SERVICE });
  });
  afterAll(async () => {
    await billing.close();
    await harness.close();
    jest.restoreAllMocks();
  });

  it('keeps only the last four digits, and never logs, stores or answers the number, approved, declined or mistyped', async () => {
    const clerk = await aClinicWithPrices(harness);
    const patientId = await schedulingRegisters(harness, clerk);
    await aReleasedVisit(harness, clerk, patientId);
    const pay = async (number: string) => {
      const response = await fetch(`${billing.url}/api/v1/billing/payments`, {
        method: 'POST',
        headers: {
          ...(await internalHeaders({ tenantId: clerk.tenantId, userId: clerk.userId, roles: ['billing_clerk'] })),
          'content-type': 'application/json',
          'idempotency-key': randomUUID(),
        },
        body: JSON.stringify({
          patientId,
          amountMinor: 12_500,
          currency: 'USD',
          method: 'card',
          card: { number, expiryMonth: 12, expiryYear: 2030, cvc: '123' },
        }),
      });
      return { status: response.status, body: await response.text() };
    };

    const answers = [await pay(APPROVED), await pay(DECLINED), await pay(MISTYPED)];

    expect(answers.map(({ status }) => status)).toEqual([201, 402, 402]);
    expect(JSON.parse(answers[0].body)).toMatchObject({ cardBrand: 'visa', cardLast4: '4242' });
    expect(JSON.parse(answers[1].body)).toMatchObject({ detail: 'the card was declined: insufficient funds' });
    const logged = await eventually(() => {
      const lines = output.join('');
      expect(lines.match(/"path":"\/api\/v1\/billing\/payments"/g)).toHaveLength(3);
      return Promise.resolve(lines);
    });
    const stored = await everyRowOfTheClinic(harness, clerk);
    for (const number of [APPROVED, DECLINED, MISTYPED]) {
      expect(answers.map(({ body }) => body).join('')).not.toContain(number);
      expect(logged).not.toContain(number);
      expect(stored).not.toContain(number);
    }
  });
});
