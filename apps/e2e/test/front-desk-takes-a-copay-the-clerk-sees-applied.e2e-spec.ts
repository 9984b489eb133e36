import { eventually } from '@praxis/testing';
import { aClinicThatBills } from './support/a-clinic-that-bills';
import { gatewayCaller, okFrom } from './support/gateway-calls';
import { aSignedInStaffMember, aSystemWithAClinic } from './support/system-with-a-clinic';

describe('the front desk takes a co-pay at check-in and the billing clerk sees it pay the visit, through the gateway', () => {
  const system = aSystemWithAClinic({ patients: 1 });

  it('keeps the co-pay as credit until the charges post, takes each payment once however it is retried, and refunds', async () => {
    const admin = okFrom(gatewayCaller(system));
    const desk = gatewayCaller(
      system,
      (await aSignedInStaffMember(system.gateway.url, system.clinic.bearer, ['front_desk'])).bearer,
    );
    const clerk = gatewayCaller(
      system,
      (await aSignedInStaffMember(system.gateway.url, system.clinic.bearer, ['billing_clerk'])).bearer,
    );
    const patientId = system.clinic.patientIds[0];
    const clinic = await aClinicThatBills(system);
    const appointmentId = await clinic.bookAVisitToday(patientId);
    await admin('POST', `/api/v1/appointments/${appointmentId}/check-in`, {});

    const card = { number: '4242424242424242', expiryMonth: 12, expiryYear: 2030, cvc: '123' };
    const copay = { patientId, visitId: appointmentId, amountMinor: 2_500, currency: 'USD', method: 'card', card };
    const key = { 'idempotency-key': `copay-${appointmentId}` };
    // Billing hears of the check-in through Kafka; until then it does not know the visit.
    const taken = await eventually(async () => {
      const answer = await desk('POST', '/api/v1/billing/copays', copay, key);
      expect(answer.status).toBe(201);
      return answer;
    }, 30_000);
    expect(taken.body).toMatchObject({ cardLast4: '4242', copayVisitId: appointmentId, unappliedMinor: 2_500 });
    expect(JSON.stringify(taken.body)).not.toContain(card.number);
    const retried = await desk('POST', '/api/v1/billing/copays', copay, key);
    expect(retried).toMatchObject({ status: 201, body: { id: taken.body.id } });
    expect(retried.headers.get('idempotent-replayed')).toBe('true');

    expect(
      (
        await desk(
          'POST',
          '/api/v1/billing/payments',
          { patientId, amountMinor: 100, currency: 'USD', method: 'cash' },
          key,
        )
      ).status,
    ).toBe(403);
    const declined = await desk(
      'POST',
      '/api/v1/billing/copays',
      { ...copay, card: { ...card, number: '4000000000000002' } },
      { 'idempotency-key': `declined-${appointmentId}` },
    );
    expect(declined).toMatchObject({
      status: 402,
      body: { detail: 'the card was declined: the card issuer declined it' },
    });
    expect(declined.headers.get('content-type')).toContain('application/problem+json');

    await admin('POST', `/api/v1/appointments/${appointmentId}/complete`, {
      diagnoses: ['J06.9'],
      procedures: [{ code: '99213', units: 1, diagnosisPointers: [1] }],
    });
    await eventually(() => okFrom(clerk)('GET', `/api/v1/billing/visits/${appointmentId}`), 30_000);
    await okFrom(clerk)('POST', `/api/v1/billing/visits/${appointmentId}/release`, undefined, {
      'idempotency-key': `release-${appointmentId}`,
    });
    expect(await okFrom(clerk)('GET', `/api/v1/billing/payments/${taken.body.id}`)).toMatchObject({
      appliedMinor: 2_500,
      unappliedMinor: 0,
    });
    expect(await okFrom(clerk)('GET', `/api/v1/billing/patients/${patientId}/balance`)).toMatchObject({
      balances: [{ currency: 'USD', patientResponsibilityMinor: 10_000, creditMinor: 0 }],
    });

    const check = { patientId, amountMinor: 15_000, currency: 'USD', method: 'check', checkNumber: '2041' };
    const twice = await Promise.all(
      [1, 2].map(() =>
        clerk('POST', '/api/v1/billing/payments', check, { 'idempotency-key': `check-${appointmentId}` }),
      ),
    );
    expect(twice.map(({ status }) => status)).toEqual([201, 201]);
    expect(twice[0].body.id).toBe(twice[1].body.id);
    expect(twice[0].body).toMatchObject({ appliedMinor: 10_000, unappliedMinor: 5_000 });
    const refunded = await clerk(
      'POST',
      `/api/v1/billing/payments/${twice[0].body.id}/refunds`,
      { amountMinor: 5_000, reason: 'overpaid' },
      { 'idempotency-key': `refund-${appointmentId}` },
    );
    expect(refunded).toMatchObject({ status: 200, body: { refundedMinor: 5_000, unappliedMinor: 0 } });
    const payments = await okFrom(clerk)('GET', `/api/v1/billing/payments?patientId=${patientId}`);
    expect(payments.items.map(({ method }: { method: string }) => method)).toEqual(['card', 'check']);
    expect(await okFrom(clerk)('GET', `/api/v1/billing/patients/${patientId}/balance`)).toMatchObject({
      balances: [{ patientResponsibilityMinor: 0, creditMinor: 0 }],
    });
  });

  it('refuses what it cannot take, in words, and writes nothing', async () => {
    const clerk = gatewayCaller(system);
    const patientId = system.clinic.patientIds[0];
    const pay = (body: Record<string, unknown>, key: string | null = `bad-${Math.random()}`) =>
      clerk(
        'POST',
        '/api/v1/billing/payments',
        { patientId, amountMinor: 1_000, currency: 'USD', method: 'cash', ...body },
        key ? { 'idempotency-key': key } : {},
      );
    const before = await okFrom(clerk)('GET', `/api/v1/billing/payments?patientId=${patientId}`);

    const refusals = [
      await pay({ amountMinor: -500 }),
      await pay({ amountMinor: 0 }),
      await pay({ currency: 'EUR' }),
      await pay({ method: 'check' }),
      await pay({}, null),
      await pay({ allocations: [{ visitId: patientId, amountMinor: 1_000 }] }),
      await pay({ patientId: '00000000-0000-4000-8000-000000000000' }),
    ];

    expect(refusals.map(({ status }) => status)).toEqual([400, 400, 400, 400, 400, 422, 422]);
    for (const refusal of refusals) expect(refusal.headers.get('content-type')).toContain('application/problem+json');
    expect(refusals.map(({ body }) => body.errors?.[0]?.field)).toEqual([
      'amountMinor',
      'amountMinor',
      'currency',
      'checkNumber',
      'Idempotency-Key',
      'allocations.0',
      'patientId',
    ]);
    expect(await okFrom(clerk)('GET', `/api/v1/billing/payments?patientId=${patientId}`)).toEqual(before);
  });
});
