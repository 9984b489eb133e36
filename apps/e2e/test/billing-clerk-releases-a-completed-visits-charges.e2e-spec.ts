import { eventually } from '@praxis/testing';
import { aVisitBookedToday, gatewayCaller, okFrom } from './support/a-visit-today';
import { aSystemWithAClinic } from './support/system-with-a-clinic';

describe('a billing clerk releases the charges of a visit completed at the front desk, through the gateway', () => {
  const system = aSystemWithAClinic({ patients: 1 });

  it('prices the visit from the fee schedule and posts it when released', async () => {
    const call = gatewayCaller(system);
    const ok = okFrom(call);
    const appointmentId = await aVisitBookedToday(system);
    await ok('POST', `/api/v1/appointments/${appointmentId}/check-in`, {});
    await ok('POST', `/api/v1/appointments/${appointmentId}/complete`, {
      diagnoses: ['J06.9'],
      procedures: [
        { code: '99213', units: 1, diagnosisPointers: [1] },
        { code: '96372', units: 2, diagnosisPointers: [1] },
      ],
    });

    const visit = await eventually(() => ok('GET', `/api/v1/billing/visits/${appointmentId}`), 30_000);
    expect(visit).toMatchObject({ status: 'ready', billTo: 'patient', currency: 'USD' });
    expect(
      visit.charges.map(({ procedureCode, amountMinor }: { procedureCode: string; amountMinor: number }) => [
        procedureCode,
        amountMinor,
      ]),
    ).toEqual([
      ['99213', 12_500],
      ['96372', 5_000],
    ]);

    const released = await call('POST', `/api/v1/billing/visits/${appointmentId}/release`, undefined, {
      'idempotency-key': `release-${appointmentId}`,
    });
    expect(released).toMatchObject({ status: 200, body: { status: 'released' } });
    const again = await call('POST', `/api/v1/billing/visits/${appointmentId}/release`);
    expect(again.status).toBe(409);
  });
});
