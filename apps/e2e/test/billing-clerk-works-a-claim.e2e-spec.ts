import { aCoverage, eventually } from '@praxis/testing';
import { aClinicThatBills, ClinicThatBills } from './support/a-clinic-that-bills';
import { GatewayCall, gatewayCaller, GatewayOk, okFrom } from './support/gateway-calls';
import { aSignedInStaffMember, aSystemWithAClinic, SignedInStaffMember } from './support/system-with-a-clinic';

describe('a billing clerk works the claim of an insured visit, through the gateway', () => {
  const system = aSystemWithAClinic({ patients: 1 });
  const asAdmin = okFrom(gatewayCaller(system));
  let clerk: SignedInStaffMember;
  let clerkCalls: GatewayCall;
  let asClerk: GatewayOk;

  /** The front desk records the patient's Aetna plan, books a visit today and completes it with two diagnoses. */
  const anInsuredVisitCompletedToday = async (clinic: ClinicThatBills): Promise<string> => {
    const patientId = system.clinic.patientIds[0];
    await asAdmin('POST', `/api/v1/patients/${patientId}/coverages`, aCoverage());
    return clinic.completeAVisitToday(patientId, {
      diagnoses: ['J06.9', 'R05.9'],
      procedures: [{ code: '99213', units: 1, diagnosisPointers: [1, 2] }],
    });
  };

  beforeAll(async () => {
    clerk = await aSignedInStaffMember(system.gateway.url, system.clinic.bearer, ['billing_clerk']);
    clerkCalls = gatewayCaller(system, clerk.bearer);
    asClerk = okFrom(clerkCalls);
  });

  it('finds the claim on the needs-fix list, fixes what it names and sees it ready, with its history', async () => {
    const clinic = await aClinicThatBills(system);
    const visitId = await anInsuredVisitCompletedToday(clinic);
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

    await clinic.setUpClaimsToAetna(asClerk);
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

    const again = await clerkCalls('POST', `/api/v1/claims/${claim.id}/void`, { reason: 'twice' });
    expect(again).toMatchObject({
      status: 409,
      body: { detail: expect.stringContaining('this claim is voided, so it cannot become voided') },
    });
    const fix = await clerkCalls('PATCH', `/api/v1/claims/${claim.id}`, { diagnoses: ['not a code'] });
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
    expect((await gatewayCaller(system, desk.bearer)('GET', '/api/v1/claims')).status).toBe(403);
  });
});
