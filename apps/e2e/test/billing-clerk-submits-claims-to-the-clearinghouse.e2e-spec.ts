import { aCoverage, eventually } from '@praxis/testing';
import { DateTime } from 'luxon';
import { aSignedInStaffMember, aSystemWithAClinic, SignedInStaffMember } from './support/system-with-a-clinic';

/** Zones far enough apart that one of them is always in its working day, so the visits can be today wherever we run. */
const ZONES = ['America/Chicago', 'Europe/Berlin', 'Asia/Tokyo', 'Pacific/Honolulu'];
const zoneInItsWorkingDay = (): string =>
  ZONES.find((zone) => {
    const hour = DateTime.now().setZone(zone).hour;
    return hour >= 6 && hour < 18;
  }) ?? ZONES[0];

interface Claim {
  id: string;
  status: string;
  visitId: string;
  patientControlNumber: string;
  payerClaimControlNumber: string | null;
  history: { toStatus: string; details: { reasons?: { code: string | null; message: string }[] } | null }[];
}

describe('a billing clerk submits claims to the clearinghouse and reads its answers, through the gateway', () => {
  const system = aSystemWithAClinic({ patients: 3 });
  let clerk: SignedInStaffMember;
  let locationId: string;
  let visitsBooked = 0;

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

  const sandboxRules = async (rules: { memberIdPattern?: string; unknownMemberIds?: string[] }) => {
    const response = await fetch(`${system.clearinghouse.url}/admin/rules`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        replyDelayMs: 0,
        memberIdPattern: '^[A-Za-z0-9]{2,20}$',
        unknownMemberIds: [],
        rejectedBillingNpis: [],
        // The payer's 835 waits past the journey, so the claims rest at accepted for what it checks.
        remittanceDelayMs: 3_600_000,
        ...rules,
      }),
    });
    expect(response.status).toBe(200);
  };

  /** The front desk records the patient's Aetna card, books a visit today and completes it; the clerk releases it. */
  const aReleasedVisit = async (patientIndex: number, memberId: string): Promise<string> => {
    const patientId = system.clinic.patientIds[patientIndex];
    await asAdmin('POST', `/api/v1/patients/${patientId}/coverages`, aCoverage({ memberId }));
    visitsBooked += 1;
    const startsAt = DateTime.now()
      .setZone(zoneOfTheVisits)
      .plus({ minutes: 30 })
      .startOf('hour')
      .plus({ hours: visitsBooked })
      .toISO({ suppressMilliseconds: true });
    const appointment = await asAdmin('POST', '/api/v1/appointments', {
      patientId,
      providerId: system.clinic.providerId,
      locationId,
      appointmentTypeId: system.clinic.appointmentTypeId,
      startsAt,
    });
    await asAdmin('POST', `/api/v1/appointments/${appointment.id}/check-in`, {});
    await asAdmin('POST', `/api/v1/appointments/${appointment.id}/complete`, {
      diagnoses: ['J06.9', 'R05.9'],
      procedures: [{ code: '99213', units: 1, diagnosisPointers: [1, 2] }],
    });
    await eventually(async () => {
      expect(await asClerk('GET', `/api/v1/billing/visits/${appointment.id}`)).toMatchObject({ status: 'ready' });
    }, 30_000);
    await asClerk('POST', `/api/v1/billing/visits/${appointment.id}/release`);
    return appointment.id;
  };

  const readyClaimOf = (visitId: string): Promise<Claim> =>
    eventually(async () => {
      const { items } = await asClerk('GET', '/api/v1/claims?status=ready');
      const claim = items.find((item: Claim) => item.visitId === visitId);
      expect(claim).toBeDefined();
      return claim as Claim;
    }, 30_000);

  const claimReaches = (claimId: string, status: string): Promise<Claim> =>
    eventually(async () => {
      const claim = (await asClerk('GET', `/api/v1/claims/${claimId}`)) as Claim;
      expect(claim.status).toBe(status);
      return claim;
    }, 30_000);

  const submitReadyClaims = () => asClerk('POST', '/api/v1/claim-submissions');

  let zoneOfTheVisits: string;

  beforeAll(async () => {
    clerk = await aSignedInStaffMember(system.gateway.url, system.clinic.bearer, ['billing_clerk']);
    zoneOfTheVisits = zoneInItsWorkingDay();
    const address = { line1: '2 Oak St', city: 'Chicago', state: 'IL', postalCode: '60601' };
    const location = await asAdmin('POST', '/api/v1/locations', { name: 'Uptown', timeZone: zoneOfTheVisits, address });
    locationId = location.id;
    const workingHours = (id: string) =>
      `/api/v1/availability/providers/${system.clinic.providerId}/locations/${id}/working-hours`;
    await asAdmin('PUT', workingHours(system.clinic.locationId), { hours: [] });
    const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '23:45' }));
    await eventually(() => asAdmin('PUT', workingHours(locationId), { hours }), 30_000);
    const csv = 'procedure_code,modifiers,payer_id,amount\r\n99213,,,125.00';
    await asClerk('POST', '/api/v1/billing/fee-schedules', { effectiveFrom: '2020-01-01', currency: 'USD', csv });
    const profile = await eventually(() => asClerk('GET', '/api/v1/billing-profile'), 30_000);
    await asClerk('PUT', '/api/v1/billing-profile', {
      organizationName: profile.organizationName,
      npi: profile.npi,
      tin: '123456789',
      taxonomyCode: '207Q00000X',
      address: { line1: '100 Main St', city: 'Springfield', state: 'IL', postalCode: '62701-1234' },
      submitterId: 'LAKESIDE01',
      receiverId: 'PRAXISSANDBOX',
    });
    await asClerk('POST', '/api/v1/payers', {
      name: 'Aetna',
      electronicPayerId: '60054',
      claimFilingIndicator: 'CI',
      timelyFilingDays: 90,
      address: { line1: 'PO Box 981106', city: 'El Paso', state: 'TX', postalCode: '79998' },
    });
  }, 120_000);

  it('sends the ready claim, keeps the exact file, and sees it acknowledged (999) and accepted (277CA)', async () => {
    await sandboxRules({});
    const claim = await readyClaimOf(await aReleasedVisit(0, 'W100000001'));

    const submission = await submitReadyClaims();

    const accepted = await claimReaches(claim.id, 'accepted');
    expect(accepted.payerClaimControlNumber).toMatch(/^SBX\d{9}$/);
    expect(accepted.history.slice(-3).map(({ toStatus }) => toStatus)).toEqual([
      'submitted',
      'acknowledged',
      'accepted',
    ]);
    expect(await asClerk('GET', `/api/v1/claim-submissions/${submission.id}`)).toMatchObject({
      status: 'sent',
      interchangeControlNumber: 1,
      claims: [{ claimId: claim.id, patientControlNumber: claim.patientControlNumber, status: 'accepted' }],
    });
    const file = await fetch(`${system.gateway.url}/api/v1/claim-submissions/${submission.id}/x12`, {
      headers: { authorization: clerk.bearer },
    });
    expect(file.headers.get('content-type')).toMatch(/^application\/edi-x12/);
    const x12 = await file.text();
    expect(x12.slice(0, 106)).toMatch(/^ISA\*00\*.{10}\*00\*.{10}\*ZZ\*LAKESIDE01 {5}\*ZZ\*PRAXISSANDBOX {2}\*/);
    expect(x12).toContain(`CLM*${claim.patientControlNumber}*125*`);
  });

  it('sees every claim of a file the clearinghouse rejects in its 999 rejected, with the segment named', async () => {
    await sandboxRules({ memberIdPattern: '^ZZ\\d+$' });
    const claim = await readyClaimOf(await aReleasedVisit(1, 'W200000002'));

    await submitReadyClaims();

    const rejected = await claimReaches(claim.id, 'rejected');
    expect(rejected.history.at(-1)?.details?.reasons).toEqual([
      { code: 'IK4:I12', message: expect.stringMatching(/^NM1 \(segment \d+ of the claim file.*\): element 9/) },
    ]);
  });

  it('sees a claim rejected in the 277CA because the payer does not know the member id', async () => {
    await sandboxRules({ unknownMemberIds: ['W300000003'] });
    const claim = await readyClaimOf(await aReleasedVisit(2, 'W300000003'));

    await submitReadyClaims();

    const rejected = await claimReaches(claim.id, 'rejected');
    expect(rejected.history.at(-1)?.details?.reasons).toEqual([
      { code: 'A7:164:IL', message: expect.stringContaining('member id') },
    ]);
  });

  it('refuses an uploaded acknowledgement it cannot read with 422 naming the segment, and JSON with 415', async () => {
    const upload = (contentType: string, body: string) =>
      fetch(`${system.gateway.url}/api/v1/acknowledgements`, {
        method: 'POST',
        headers: { authorization: clerk.bearer, 'content-type': contentType },
        body,
      });

    const garbled = await upload('text/plain', 'ISA*00*this is not an interchange~');
    expect(garbled.status).toBe(422);
    expect(garbled.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await garbled.json()).toMatchObject({ errors: [{ field: 'segment 1' }] });
    expect((await upload('application/json', '{}')).status).toBe(415);
  });
});
