import { aCoverage, eventually } from '@praxis/testing';
import { aClinicThatBills, ClinicThatBills, setTheSandboxRules } from './support/a-clinic-that-bills';
import { gatewayCaller, GatewayOk, okFrom } from './support/gateway-calls';
import { aSignedInStaffMember, aSystemWithAClinic, SignedInStaffMember } from './support/system-with-a-clinic';

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
  const asAdmin = okFrom(gatewayCaller(system));
  let clerk: SignedInStaffMember;
  let asClerk: GatewayOk;
  let clinic: ClinicThatBills;

  /** The front desk records the patient's Aetna card, books a visit today and completes it; the clerk releases it. */
  const aReleasedVisit = async (patientIndex: number, memberId: string): Promise<string> => {
    const patientId = system.clinic.patientIds[patientIndex];
    await asAdmin('POST', `/api/v1/patients/${patientId}/coverages`, aCoverage({ memberId }));
    const visitId = await clinic.completeAVisitToday(patientId, {
      diagnoses: ['J06.9', 'R05.9'],
      procedures: [{ code: '99213', units: 1, diagnosisPointers: [1, 2] }],
    });
    await eventually(async () => {
      expect(await asClerk('GET', `/api/v1/billing/visits/${visitId}`)).toMatchObject({ status: 'ready' });
    }, 30_000);
    await asClerk('POST', `/api/v1/billing/visits/${visitId}/release`);
    return visitId;
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

  beforeAll(async () => {
    clerk = await aSignedInStaffMember(system.gateway.url, system.clinic.bearer, ['billing_clerk']);
    asClerk = okFrom(gatewayCaller(system, clerk.bearer));
    clinic = await aClinicThatBills(system);
    await clinic.setUpClaimsToAetna(asClerk);
  }, 120_000);

  it('sends the ready claim, keeps the exact file, and sees it acknowledged (999) and accepted (277CA)', async () => {
    await setTheSandboxRules(system);
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
    await setTheSandboxRules(system, { memberIdPattern: '^ZZ\\d+$' });
    const claim = await readyClaimOf(await aReleasedVisit(1, 'W200000002'));

    await submitReadyClaims();

    const rejected = await claimReaches(claim.id, 'rejected');
    expect(rejected.history.at(-1)?.details?.reasons).toEqual([
      { code: 'IK4:I12', message: expect.stringMatching(/^NM1 \(segment \d+ of the claim file.*\): element 9/) },
    ]);
  });

  it('sees a claim rejected in the 277CA because the payer does not know the member id', async () => {
    await setTheSandboxRules(system, { unknownMemberIds: ['W300000003'] });
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
