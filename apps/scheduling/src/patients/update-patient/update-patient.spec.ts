import { aPatient, UseCaseHarness } from '@praxis/testing';
import { ClinicActor, someoneAtANewClinic, startSchedulingUseCases } from '../../../test/scheduling-use-cases';
import { GetPatient } from '../get-patient/get-patient.usecase';
import { RegisterPatient } from '../register-patient/register-patient.usecase';
import { UpdatePatient } from './update-patient.usecase';

describe('UpdatePatient', () => {
  let harness: UseCaseHarness;
  let sut: UpdatePatient;

  beforeAll(async () => {
    harness = await startSchedulingUseCases();
    sut = harness.get(UpdatePatient);
  });
  afterAll(() => harness.close());

  const registered = (frontDesk: ClinicActor) =>
    harness.as(frontDesk, () =>
      harness.get(RegisterPatient).execute({
        ...harness.commandFor(frontDesk),
        patient: aPatient({ middleName: 'Luisa', phone: '+13125550142' }),
      }),
    );

  it('keeps what was not sent, changes what was, and clears what was sent as null', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const patient = await registered(frontDesk);
    await harness.as(frontDesk, () =>
      sut.execute({
        ...harness.commandFor(frontDesk),
        patientId: patient.id,
        changes: { phone: '+13125550177', middleName: null },
      }),
    );
    const opened = await harness.as(frontDesk, () => harness.get(GetPatient).execute(patient.id));
    expect(opened).toMatchObject({
      firstName: patient.firstName,
      lastName: patient.lastName,
      phone: '+13125550177',
      middleName: null,
    });
  });

  it("does not find another clinic's patient", async () => {
    const patient = await registered(someoneAtANewClinic('front_desk'));
    const intruder = someoneAtANewClinic('front_desk');
    const updating = harness.as(intruder, () =>
      sut.execute({ ...harness.commandFor(intruder), patientId: patient.id, changes: { firstName: 'Mallory' } }),
    );
    await expect(updating).rejects.toMatchObject({ status: 404 });
  });
});
