import { aPatient, UseCaseHarness } from '@praxis/testing';
import { someoneAtANewClinic, startSchedulingUseCases } from '../../../test/scheduling-use-cases';
import { GetPatient } from '../get-patient/get-patient.usecase';
import { PossibleDuplicatePatientError, RegisterPatient } from './register-patient.usecase';

describe('RegisterPatient', () => {
  let harness: UseCaseHarness;
  let sut: RegisterPatient;

  beforeAll(async () => {
    harness = await startSchedulingUseCases();
    sut = harness.get(RegisterPatient);
  });
  afterAll(() => harness.close());

  it('registers a patient the front desk can open again', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const form = aPatient({ middleName: 'Luisa' });
    const registered = await harness.as(frontDesk, () =>
      sut.execute({ ...harness.commandFor(frontDesk), patient: form }),
    );
    const opened = await harness.as(frontDesk, () => harness.get(GetPatient).execute(registered.id));
    expect(opened).toMatchObject({
      firstName: form.firstName,
      middleName: 'Luisa',
      lastName: form.lastName,
      dateOfBirth: form.dateOfBirth,
    });
  });

  it('asks before registering someone with the same name and date of birth, and registers them once confirmed', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const form = aPatient();
    const first = await harness.as(frontDesk, () => sut.execute({ ...harness.commandFor(frontDesk), patient: form }));
    const again = harness.as(frontDesk, () =>
      sut.execute({ ...harness.commandFor(frontDesk), patient: { ...form, phone: '(312) 555-0199' } }),
    );
    await expect(again).rejects.toMatchObject({ status: 409, extensions: { possibleDuplicates: [first.id] } });
    await expect(again).rejects.toBeInstanceOf(PossibleDuplicatePatientError);

    const confirmed = await harness.as(frontDesk, () =>
      sut.execute({ ...harness.commandFor(frontDesk), patient: { ...form, confirmedNotDuplicate: true } }),
    );
    expect(confirmed.id).not.toBe(first.id);
  });

  it('answers a retry with the same Idempotency-Key with the first registration', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const command = {
      ...harness.commandFor(frontDesk),
      patient: aPatient(),
      idempotencyKey: `register-${frontDesk.userId}`,
    };
    const first = await harness.as(frontDesk, () => sut.execute(command));
    const retry = await harness.as(frontDesk, () => sut.execute(command));
    expect(retry.id).toBe(first.id);
  });
});
