import { eventually } from '@praxis/testing';
import { aClinicThatBills } from './support/a-clinic-that-bills';
import { gatewayCaller, okFrom } from './support/gateway-calls';
import { aSystemWithAClinic } from './support/system-with-a-clinic';

describe('a billing clerk releases the charges of a visit completed at the front desk, through the gateway', () => {
  const system = aSystemWithAClinic({ patients: 1 });

  it('prices the visit from the fee schedule and posts it when released', async () => {
    const call = gatewayCaller(system);
    const ok = okFrom(call);
    const clinic = await aClinicThatBills(system);
    const appointmentId = await clinic.completeAVisitToday(system.clinic.patientIds[0], {
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
