import { money } from '@praxis/domain';
import { aCoverage, eventually } from '@praxis/testing';
import { writeRemittanceAdvice } from '@praxis/x12';
import { aClinicThatBills, setTheSandboxRules } from './support/a-clinic-that-bills';
import { gatewayCaller, okFrom } from './support/gateway-calls';
import { aSignedInStaffMember, aSystemWithAClinic } from './support/system-with-a-clinic';

interface Claim {
  id: string;
  status: string;
  patientId: string;
  patientControlNumber: string;
  payerClaimControlNumber: string | null;
}

const usd = (amountMinor: number) => money(amountMinor, 'USD');

/** Aetna pays the $125.00 visit: $100.00 allowed (CO-45 the rest), the patient's 20% of that (PR-2), $80.00 paid. */
const aetnasEra = (claim: Claim, dateOfService: string) =>
  writeRemittanceAdvice(
    [
      {
        handling: 'I',
        paymentAmount: usd(8_000),
        paymentMethod: 'ACH',
        paymentDate: dateOfService,
        traceNumber: `EFT${claim.patientControlNumber}`,
        originatorId: '1066033492',
        payer: { name: 'AETNA', id: '60054' },
        payee: { name: 'LAKESIDE FAMILY PRACTICE', idQualifier: 'FI', id: '123456789' },
        claims: [
          {
            patientControlNumber: claim.patientControlNumber,
            status: '1',
            charge: usd(12_500),
            paid: usd(8_000),
            patientResponsibility: usd(2_000),
            claimFilingIndicator: 'CI',
            payerClaimControlNumber: claim.payerClaimControlNumber ?? '',
            adjustments: [],
            remarks: [],
            serviceLines: [
              {
                procedure: { qualifier: 'HC', code: '99213', modifiers: [] },
                charge: usd(12_500),
                paid: usd(8_000),
                serviceDate: dateOfService,
                adjustments: [
                  { group: 'CO', reason: '45', amount: usd(2_500) },
                  { group: 'PR', reason: '2', amount: usd(2_000) },
                ],
                remarks: [],
              },
            ],
          },
        ],
        providerAdjustments: [],
      },
    ],
    {
      sender: { qualifier: 'ZZ', id: 'AETNA' },
      receiver: { qualifier: 'ZZ', id: 'LAKESIDE01' },
      interchangeControlNumber: 1,
      groupControlNumber: 1,
      preparedAt: new Date(),
      timeZone: 'UTC',
      usage: 'T',
    },
  );

describe('a billing clerk posts an ERA and sees the patient’s account change in billing, through the gateway', () => {
  const system = aSystemWithAClinic({ patients: 1 });

  it('posts the payer’s payment once: the insurer paid, the contractual write-off and the patient’s share', async () => {
    const clerk = await aSignedInStaffMember(system.gateway.url, system.clinic.bearer, ['billing_clerk']);
    const asAdmin = okFrom(gatewayCaller(system));
    const asClerk = okFrom(gatewayCaller(system, clerk.bearer));
    const upload = (path: string, era: string) =>
      fetch(`${system.gateway.url}${path}`, {
        method: 'POST',
        headers: { authorization: clerk.bearer, 'content-type': 'application/edi-x12' },
        body: era,
      }).then(async (response) => ({
        status: response.status,
        body: (await response.json()) as ReturnType<typeof JSON.parse>,
      }));
    // The sandbox's own 835 waits past the journey: the ERA the clerk uploads is the payer's answer.
    await setTheSandboxRules(system);
    const patientId = system.clinic.patientIds[0];
    await asAdmin('POST', `/api/v1/patients/${patientId}/coverages`, aCoverage({ memberId: 'W200000001' }));
    const clinic = await aClinicThatBills(system);
    await clinic.setUpClaimsToAetna(asClerk);
    const visitId = await clinic.completeAVisitToday(patientId, {
      diagnoses: ['J06.9'],
      procedures: [{ code: '99213', units: 1, diagnosisPointers: [1] }],
    });
    const visit = await eventually(async () => {
      const captured = await asClerk('GET', `/api/v1/billing/visits/${visitId}`);
      expect(captured).toMatchObject({ status: 'ready', billTo: 'insurance' });
      return captured;
    }, 30_000);
    await asClerk('POST', `/api/v1/billing/visits/${visitId}/release`);
    const ready = await eventually(async () => {
      const { items } = await asClerk('GET', '/api/v1/claims?status=ready');
      expect(items).toHaveLength(1);
      return items[0] as Claim;
    }, 30_000);
    await asClerk('POST', '/api/v1/claim-submissions');
    const accepted = await eventually(async () => {
      const claim = (await asClerk('GET', `/api/v1/claims/${ready.id}`)) as Claim;
      expect(claim.status).toBe('accepted');
      return claim;
    }, 30_000);
    const era = aetnasEra(accepted, visit.dateOfService);

    const preview = await upload('/api/v1/remittances/preview', era);
    const posted = await upload('/api/v1/remittances', era);
    const again = await upload('/api/v1/remittances', era);

    expect(preview.body.transactions[0]).toMatchObject({ id: null, claims: [{ matchedClaimId: accepted.id }] });
    expect(posted).toMatchObject({ status: 200, body: { transactions: [{ duplicate: false, status: 'posted' }] } });
    expect(again.body.transactions[0]).toMatchObject({ duplicate: true, id: posted.body.transactions[0].id });
    expect(await asClerk('GET', `/api/v1/claims/${accepted.id}`)).toMatchObject({ status: 'paid' });
    await eventually(async () => {
      expect(await asClerk('GET', `/api/v1/billing/patients/${patientId}/balance`)).toMatchObject({
        balances: [{ currency: 'USD', insurancePendingMinor: 0, patientResponsibilityMinor: 2_000 }],
      });
    }, 30_000);
    const broken = await upload('/api/v1/remittances', era.replace('CLP*', 'CLP*X*'));
    expect(broken).toMatchObject({
      status: 422,
      body: { errors: [expect.objectContaining({ field: expect.stringMatching(/^segment \d+/) })] },
    });
  });
});
