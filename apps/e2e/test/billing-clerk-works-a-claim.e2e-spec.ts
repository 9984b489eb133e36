import { aCoverage, eventually } from '@praxis/testing';
import { DateTime } from 'luxon';
import { aSignedInStaffMember, aSystemWithAClinic, SignedInStaffMember } from './support/system-with-a-clinic';

/** Zones far enough apart that one of them is always in its working day, so the visit can be today wherever we run. */
const ZONES = ['America/Chicago', 'Europe/Berlin', 'Asia/Tokyo', 'Pacific/Honolulu'];
const zoneInItsWorkingDay = (): string =>
  ZONES.find((zone) => {
    const hour = DateTime.now().setZone(zone).hour;
    return hour >= 6 && hour < 18;
  }) ?? ZONES[0];

describe('a billing clerk works the claim of an insured visit, through the gateway', () => {
  const system = aSystemWithAClinic({ patients: 1 });
  let clerk: SignedInStaffMember;

  const call = async (bearer: string, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${system.gateway.url}${path}`, {
      method,
      headers: { authorization: bearer, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  const ok = async (bearer: string, method: string, path: string, body?: unknown) => {
    const answer = await call(bearer, method, path, body);
    if (answer.status >= 300)
      throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const asAdmin = (method: string, path: string, body?: unknown) => ok(system.clinic.bearer, method, path, body);
  const asClerk = (method: string, path: string, body?: unknown) => ok(clerk.bearer, method, path, body);

  /** The front desk records the patient's Aetna plan, books a visit today and completes it with two diagnoses. */
  const anInsuredVisitCompletedToday = async (): Promise<string> => {
    const patientId = system.clinic.patientIds[0];
    await asAdmin('POST', `/api/v1/patients/${patientId}/coverages`, aCoverage());
    const timeZone = zoneInItsWorkingDay();
    const address = { line1: '2 Oak St', city: 'Chicago', state: 'IL', postalCode: '60601' };
    const location = await asAdmin('POST', '/api/v1/locations', { name: 'Uptown', timeZone, address });
    const workingHours = (locationId: string) =>
      `/api/v1/availability/providers/${system.clinic.providerId}/locations/${locationId}/working-hours`;
    await asAdmin('PUT', workingHours(system.clinic.locationId), { hours: [] });
    const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '23:45' }));
    await eventually(() => asAdmin('PUT', workingHours(location.id), { hours }), 30_000);
    const startsAt = DateTime.now()
      .setZone(timeZone)
      .plus({ minutes: 30 })
      .startOf('hour')
      .plus({ hours: 1 })
      .toISO({ suppressMilliseconds: true });
    const appointment = await asAdmin('POST', '/api/v1/appointments', {
      patientId,
      providerId: system.clinic.providerId,
      locationId: location.id,
      appointmentTypeId: system.clinic.appointmentTypeId,
      startsAt,
    });
    await asAdmin('POST', `/api/v1/appointments/${appointment.id}/check-in`, {});
    await asAdmin('POST', `/api/v1/appointments/${appointment.id}/complete`, {
      diagnoses: ['J06.9', 'R05.9'],
      procedures: [{ code: '99213', units: 1, diagnosisPointers: [1, 2] }],
    });
    return appointment.id;
  };

  beforeAll(async () => {
    clerk = await aSignedInStaffMember(system.gateway.url, system.clinic.bearer, ['billing_clerk']);
  });

  it('finds the claim on the needs-fix list, fixes what it names and sees it ready, with its history', async () => {
    const csv = 'procedure_code,modifiers,payer_id,amount\r\n99213,,,125.00';
    await asClerk('POST', '/api/v1/billing/fee-schedules', { effectiveFrom: '2020-01-01', currency: 'USD', csv });
    const visitId = await anInsuredVisitCompletedToday();
    await eventually(async () => {
      expect(await asClerk('GET', `/api/v1/billing/visits/${visitId}`)).toMatchObject({ billTo: 'insurance' });
    }, 30_000);
    await asClerk('POST', `/api/v1/billing/visits/${visitId}/release`);

    // The visit's completion may reach claims after its charge; the claim is scrubbed again when it does.
    const waiting = await eventually(async () => {
      const { items } = await asClerk('GET', '/api/v1/claims?status=needs_fix');
      expect(items).toHaveLength(1);
      expect(items[0].scrubErrors.map(({ rule }: { rule: string }) => rule)).toEqual([
        'billing_tin',
        'taxonomy',
        'billing_address',
        'payer',
      ]);
      return items[0];
    }, 30_000);
    expect(waiting).toMatchObject({ visitId, payerId: '60054', diagnoses: ['J06.9', 'R05.9'] });

    const profile = await asClerk('GET', '/api/v1/billing-profile');
    await asClerk('PUT', '/api/v1/billing-profile', {
      organizationName: profile.organizationName,
      npi: profile.npi,
      tin: '123456789',
      taxonomyCode: '207Q00000X',
      address: { line1: '100 Main St', city: 'Springfield', state: 'IL', postalCode: '62701-1234' },
    });
    await asClerk('POST', '/api/v1/payers', {
      name: 'Aetna',
      electronicPayerId: '60054',
      claimFilingIndicator: 'CI',
      timelyFilingDays: 90,
      address: { line1: 'PO Box 981106', city: 'El Paso', state: 'TX', postalCode: '79998' },
    });
    const ready = await asClerk('POST', `/api/v1/claims/${waiting.id}/scrub`);
    expect(ready).toMatchObject({ status: 'ready', scrubErrors: [] });
    expect(ready.lines).toEqual([expect.objectContaining({ procedureCode: '99213', diagnosisPointers: [1, 2] })]);
    expect(ready.history[0]).toMatchObject({ action: 'built from charges', toStatus: 'draft', actorUserId: null });
    expect(ready.history.at(-1)).toMatchObject({ action: 'scrubbed', toStatus: 'ready', actorUserId: clerk.userId });
  });

  it('refuses what the lifecycle does not allow with 409 in words, and bad input with 400', async () => {
    const { items } = await asClerk('GET', '/api/v1/claims?status=ready');
    const [claim] = items;
    const voided = await asClerk('POST', `/api/v1/claims/${claim.id}/void`, { reason: 'billed on paper' });
    expect(voided.status).toBe('voided');

    const again = await call(clerk.bearer, 'POST', `/api/v1/claims/${claim.id}/void`, { reason: 'twice' });
    expect(again).toMatchObject({
      status: 409,
      body: { detail: expect.stringContaining('this claim is voided, so it cannot become voided') },
    });
    const fix = await call(clerk.bearer, 'PATCH', `/api/v1/claims/${claim.id}`, { diagnoses: ['not a code'] });
    expect(fix).toMatchObject({ status: 400, body: { errors: [expect.objectContaining({ field: 'diagnoses' })] } });
  });

  it('leaves the clerk’s reads and changes of the claim on the patient’s access trail', async () => {
    const { items } = await asClerk('GET', '/api/v1/claims?status=voided');
    const [claim] = items;
    const trail = await eventually(async () => {
      const { items: lines } = await asAdmin('GET', `/api/v1/audit-events?actorUserId=${clerk.userId}&limit=200`);
      const ofClaim = lines.filter(({ recordId }: { recordId: string }) => recordId === claim.id);
      expect(ofClaim.map(({ action }: { action: string }) => action)).toEqual(
        expect.arrayContaining(['claim:read', 'claim:update']),
      );
      return ofClaim;
    }, 30_000);
    expect(trail[0]).toMatchObject({ patientId: claim.patientId, service: 'claims' });
  });

  it('keeps claims from the front desk', async () => {
    const desk = await aSignedInStaffMember(system.gateway.url, system.clinic.bearer, ['front_desk']);
    expect((await call(desk.bearer, 'GET', '/api/v1/claims')).status).toBe(403);
  });
});
