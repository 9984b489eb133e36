import { RequestValidationError } from '@praxis/platform';
import { UseCaseHarness } from '@praxis/testing';
import {
  aBookableWeek,
  freeTimesOn,
  someoneAtANewClinic,
  startSchedulingUseCases,
} from '../../../../test/scheduling-use-cases';
import { AddTimeOff } from './add-time-off.usecase';

describe('AddTimeOff', () => {
  let harness: UseCaseHarness;
  let sut: AddTimeOff;

  beforeAll(async () => {
    harness = await startSchedulingUseCases();
    sut = harness.get(AddTimeOff);
  });
  afterAll(() => harness.close());

  it('takes the hours the provider is away out of the free slots', async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    const week = await aBookableWeek(harness, manager);
    const morningOff = {
      providerId: week.provider.id,
      startsAt: '2026-03-04T09:00:00-06:00',
      endsAt: '2026-03-04T13:00:00-06:00',
    };
    await harness.as(manager, () => sut.execute({ ...harness.commandFor(manager), ...morningOff }));
    const times = await freeTimesOn(harness, manager, week, '2026-03-04');
    expect(times[0]).toBe('13:00');
  });

  it('refuses time off given both as instants and as dates', async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    const week = await aBookableWeek(harness, manager);
    const ambiguous = {
      providerId: week.provider.id,
      startsAt: '2026-03-04T09:00:00-06:00',
      endsAt: '2026-03-04T13:00:00-06:00',
      fromDate: '2026-03-04',
      toDate: '2026-03-04',
    };
    await expect(
      harness.as(manager, () => sut.execute({ ...harness.commandFor(manager), ...ambiguous })),
    ).rejects.toBeInstanceOf(RequestValidationError);
  });
});
