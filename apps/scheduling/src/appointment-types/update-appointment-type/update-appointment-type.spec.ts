import { UseCaseHarness } from '@praxis/testing';
import { someoneAtANewClinic, startSchedulingUseCases } from '../../../test/scheduling-use-cases';
import { AppointmentTypesQueries } from '../appointment-types.queries';
import { CreateAppointmentType } from '../create-appointment-type/create-appointment-type.usecase';
import { UpdateAppointmentType } from './update-appointment-type.usecase';

describe('UpdateAppointmentType', () => {
  let harness: UseCaseHarness;
  let sut: UpdateAppointmentType;

  beforeAll(async () => {
    harness = await startSchedulingUseCases();
    sut = harness.get(UpdateAppointmentType);
  });
  afterAll(() => harness.close());

  it('hides a deactivated type from the pick list unless inactive types are asked for', async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    const create = harness.get(CreateAppointmentType);
    const newPatient = await harness.as(manager, () =>
      create.execute({ ...harness.commandFor(manager), name: 'New patient', durationMinutes: 45 }),
    );
    const retired = await harness.as(manager, () =>
      create.execute({ ...harness.commandFor(manager), name: 'Flu shot', durationMinutes: 10 }),
    );

    await harness.as(manager, () =>
      sut.execute({ ...harness.commandFor(manager), appointmentTypeId: retired.id, changes: { active: false } }),
    );

    const types = harness.get(AppointmentTypesQueries);
    const offered = await harness.as(manager, () => types.list({ includeInactive: false }));
    const everything = await harness.as(manager, () => types.list({ includeInactive: true }));
    expect(offered.map(({ id }) => id)).toEqual([newPatient.id]);
    expect(everything.map(({ id }) => id)).toEqual([retired.id, newPatient.id]);
  });

  it('changes only the fields sent', async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    const created = await harness.as(manager, () =>
      harness.get(CreateAppointmentType).execute({
        ...harness.commandFor(manager),
        name: 'Physical',
        durationMinutes: 30,
        bufferAfterMinutes: 10,
        procedureCodes: ['99396'],
      }),
    );
    const updated = await harness.as(manager, () =>
      sut.execute({ ...harness.commandFor(manager), appointmentTypeId: created.id, changes: { durationMinutes: 40 } }),
    );
    expect(updated).toMatchObject({
      name: 'Physical',
      durationMinutes: 40,
      bufferAfterMinutes: 10,
      procedureCodes: ['99396'],
      active: true,
    });
  });
});
