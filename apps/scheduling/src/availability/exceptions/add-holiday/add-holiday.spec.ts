import { UseCaseHarness } from '@praxis/testing';
import {
  aBookableWeek,
  freeTimesOn,
  someoneAtANewClinic,
  startSchedulingUseCases,
} from '../../../../test/scheduling-use-cases';
import { AddHoliday } from './add-holiday.usecase';

describe('AddHoliday', () => {
  let harness: UseCaseHarness;
  let sut: AddHoliday;

  beforeAll(async () => {
    harness = await startSchedulingUseCases();
    sut = harness.get(AddHoliday);
  });
  afterAll(() => harness.close());

  it('closes the location for the day, and only that day', async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    const week = await aBookableWeek(harness, manager);
    await harness.as(manager, () =>
      sut.execute({
        ...harness.commandFor(manager),
        locationId: week.location.id,
        date: '2026-03-04',
        reason: 'Staff training',
      }),
    );
    expect(await freeTimesOn(harness, manager, week, '2026-03-04')).toEqual([]);
    expect(await freeTimesOn(harness, manager, week, '2026-03-05')).toContain('09:00');
  });
});
