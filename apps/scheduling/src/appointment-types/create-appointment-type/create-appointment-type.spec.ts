import { UseCaseHarness } from '@praxis/testing';
import { someoneAtANewClinic, startSchedulingUseCases } from '../../../test/scheduling-use-cases';
import { AppointmentTypeNameTakenError } from '../appointment-type-names';
import { CreateAppointmentType } from './create-appointment-type.usecase';

describe('CreateAppointmentType', () => {
  let harness: UseCaseHarness;
  let sut: CreateAppointmentType;

  beforeAll(async () => {
    harness = await startSchedulingUseCases();
    sut = harness.get(CreateAppointmentType);
  });
  afterAll(() => harness.close());

  it('offers a new type with no buffers unless given', async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    const type = await harness.as(manager, () =>
      sut.execute({
        ...harness.commandFor(manager),
        name: 'Follow-up',
        durationMinutes: 20,
        procedureCodes: ['99213'],
      }),
    );
    expect(type).toMatchObject({
      name: 'Follow-up',
      durationMinutes: 20,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      procedureCodes: ['99213'],
      active: true,
    });
  });

  it('refuses a second type of the same name', async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    const followUp = { ...harness.commandFor(manager), name: 'Follow-up', durationMinutes: 20 };
    await harness.as(manager, () => sut.execute(followUp));
    await expect(harness.as(manager, () => sut.execute({ ...followUp, durationMinutes: 30 }))).rejects.toBeInstanceOf(
      AppointmentTypeNameTakenError,
    );
  });
});
