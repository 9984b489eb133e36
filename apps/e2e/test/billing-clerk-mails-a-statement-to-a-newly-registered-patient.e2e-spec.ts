import { aPatient, eventually, textOfPdf } from '@praxis/testing';
import { aClinicThatBills } from './support/a-clinic-that-bills';
import { gatewayCaller, okFrom } from './support/gateway-calls';
import { aSignedInStaffMember, aSystemWithAClinic } from './support/system-with-a-clinic';

describe('the billing clerk mails a statement to a patient the front desk registered, through the gateway', () => {
  const system = aSystemWithAClinic({ patients: 0 });

  const staffIn = async (role: string) =>
    (await aSignedInStaffMember(system.gateway.url, system.clinic.bearer, [role])).bearer;

  it('addresses it to where the patient said they live at registration, with no edit since', async () => {
    const desk = okFrom(gatewayCaller(system, await staffIn('front_desk')));
    const clerkBearer = await staffIn('billing_clerk');
    const clerk = okFrom(gatewayCaller(system, clerkBearer));
    const form = aPatient();
    const patient = await desk('POST', '/api/v1/patients', form);
    const clinic = await aClinicThatBills(system);
    const visitId = await clinic.completeAVisitToday(patient.id, {
      diagnoses: ['J06.9'],
      procedures: [{ code: '99213', units: 1, diagnosisPointers: [1] }],
    });
    await eventually(() => clerk('GET', `/api/v1/billing/visits/${visitId}`), 30_000);
    await clerk('POST', `/api/v1/billing/visits/${visitId}/release`, undefined, {
      'idempotency-key': `release-${visitId}`,
    });

    const statement = await clerk('POST', `/api/v1/billing/patients/${patient.id}/statements`, {});
    const pdf = await fetch(`${system.gateway.url}/api/v1/billing/statements/${statement.id}/pdf`, {
      headers: { authorization: clerkBearer },
    });

    expect(pdf.status).toBe(200);
    const text = await textOfPdf(Buffer.from(await pdf.arrayBuffer()));
    expect(text).toMatch(new RegExp(`Maria ${form.lastName}\\s+42 Lake Shore Dr\\s+Apt 5\\s+Chicago, IL 60611-1234`));
    expect(text).toMatch(/Balance due\s*125\.00/);
  });
});
