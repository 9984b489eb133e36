import { eventually } from '@praxis/testing';
import { DateTime } from 'luxon';
import { aSystemWithAClinic } from './support/system-with-a-clinic';

/** Zones far enough apart that one of them is always in its working day, so the visit can be today wherever we run. */
const ZONES = ['America/Chicago', 'Europe/Berlin', 'Asia/Tokyo', 'Pacific/Honolulu'];
const zoneInItsWorkingDay = (): string =>
  ZONES.find((zone) => {
    const hour = DateTime.now().setZone(zone).hour;
    return hour >= 6 && hour < 18;
  }) ?? ZONES[0];

describe('a billing clerk releases the charges of a visit completed at the front desk, through the gateway', () => {
  const system = aSystemWithAClinic({ patients: 1 });

  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${system.gateway.url}${path}`, {
      method,
      headers: { authorization: system.clinic.bearer, 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  const ok = async (method: string, path: string, body?: unknown) => {
    const answer = await call(method, path, body);
    if (answer.status >= 300)
      throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };

  it('prices the visit from the fee schedule and posts it when released', async () => {
    const timeZone = zoneInItsWorkingDay();
    const address = { line1: '2 Oak St', city: 'Chicago', state: 'IL', postalCode: '60601' };
    const location = await ok('POST', '/api/v1/locations', { name: 'Uptown', timeZone, address });
    const workingHours = (locationId: string) =>
      `/api/v1/availability/providers/${system.clinic.providerId}/locations/${locationId}/working-hours`;
    // The provider moves to the new location for the day: a provider cannot keep hours in two places at once.
    await ok('PUT', workingHours(system.clinic.locationId), { hours: [] });
    const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '23:45' }));
    await eventually(() => ok('PUT', workingHours(location.id), { hours }), 30_000);
    const csv = 'procedure_code,modifiers,payer_id,amount\r\n99213,,,125.00\r\n96372,,,25.00';
    await ok('POST', '/api/v1/billing/fee-schedules', { effectiveFrom: '2020-01-01', currency: 'USD', csv });

    const startsAt = DateTime.now()
      .setZone(timeZone)
      .plus({ minutes: 30 })
      .startOf('hour')
      .plus({ hours: 1 })
      .toISO({ suppressMilliseconds: true });
    const appointment = await ok('POST', '/api/v1/appointments', {
      patientId: system.clinic.patientIds[0],
      providerId: system.clinic.providerId,
      locationId: location.id,
      appointmentTypeId: system.clinic.appointmentTypeId,
      startsAt,
    });
    await ok('POST', `/api/v1/appointments/${appointment.id}/check-in`, {});
    await ok('POST', `/api/v1/appointments/${appointment.id}/complete`, {
      diagnoses: ['J06.9'],
      procedures: [
        { code: '99213', units: 1, diagnosisPointers: [1] },
        { code: '96372', units: 2, diagnosisPointers: [1] },
      ],
    });

    const visit = await eventually(() => ok('GET', `/api/v1/billing/visits/${appointment.id}`), 30_000);
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

    const released = await call('POST', `/api/v1/billing/visits/${appointment.id}/release`, undefined, {
      'idempotency-key': `release-${appointment.id}`,
    });
    expect(released).toMatchObject({ status: 200, body: { status: 'released' } });
    const again = await call('POST', `/api/v1/billing/visits/${appointment.id}/release`);
    expect(again.status).toBe(409);
  });
});
