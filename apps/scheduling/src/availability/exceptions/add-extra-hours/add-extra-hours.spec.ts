import { UseCaseHarness } from '@praxis/testing';
import {
  aBookableWeek,
  aReplicatedLocation,
  freeTimesOn,
  someoneAtANewClinic,
  startSchedulingUseCases,
} from '../../../../test/scheduling-use-cases';
import { WorkingHoursClashError } from '../../working-hours/weekly-hours';
import { AddExtraHours } from './add-extra-hours.usecase';

describe('AddExtraHours', () => {
  let harness: UseCaseHarness;
  let sut: AddExtraHours;

  beforeAll(async () => {
    harness = await startSchedulingUseCases();
    sut = harness.get(AddExtraHours);
  });
  afterAll(() => harness.close());

  it('opens an evening beyond the weekly hours', async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    const week = await aBookableWeek(harness, manager);
    const evening = {
      providerId: week.provider.id,
      locationId: week.location.id,
      date: '2026-03-04',
      start: '18:00',
      end: '19:00',
    };
    await harness.as(manager, () => sut.execute({ ...harness.commandFor(manager), ...evening }));
    const times = await freeTimesOn(harness, manager, week, '2026-03-04');
    expect(times.filter((time) => time >= '17:00')).toEqual(['18:00', '18:15', '18:30']);
  });

  it('refuses extra hours at another location while the provider works here', async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    const week = await aBookableWeek(harness, manager);
    const uptown = await aReplicatedLocation(harness, manager);
    const twoPlaces = {
      providerId: week.provider.id,
      locationId: uptown.id,
      date: '2026-03-04',
      start: '16:00',
      end: '18:00',
    };
    await expect(
      harness.as(manager, () => sut.execute({ ...harness.commandFor(manager), ...twoPlaces })),
    ).rejects.toBeInstanceOf(WorkingHoursClashError);
  });
});
