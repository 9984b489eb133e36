import { randomUUID } from 'node:crypto';
import { NotFoundError } from '@praxis/platform';
import { UseCaseHarness } from '@praxis/testing';
import {
  aBookableWeek,
  freeTimesOn,
  someoneAtANewClinic,
  startSchedulingUseCases,
} from '../../../../test/scheduling-use-cases';
import { AddTimeOff } from '../add-time-off/add-time-off.usecase';
import { AvailabilityExceptionsQueries } from '../availability-exceptions.queries';
import { RemoveAvailabilityException } from './remove-availability-exception.usecase';

describe('RemoveAvailabilityException', () => {
  let harness: UseCaseHarness;
  let sut: RemoveAvailabilityException;

  beforeAll(async () => {
    harness = await startSchedulingUseCases();
    sut = harness.get(RemoveAvailabilityException);
  });
  afterAll(() => harness.close());

  it('gives back the day of a cancelled time off', async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    const week = await aBookableWeek(harness, manager);
    const dayOff = { providerId: week.provider.id, fromDate: '2026-03-04', toDate: '2026-03-04' };
    const timeOff = await harness.as(manager, () =>
      harness.get(AddTimeOff).execute({ ...harness.commandFor(manager), ...dayOff }),
    );
    expect(await freeTimesOn(harness, manager, week, '2026-03-04')).toEqual([]);

    await harness.as(manager, () => sut.execute({ ...harness.commandFor(manager), exceptionId: timeOff.id }));

    expect(await freeTimesOn(harness, manager, week, '2026-03-04')).toContain('09:00');
    expect(
      await harness.as(manager, () =>
        harness.get(AvailabilityExceptionsQueries).list({ providerId: week.provider.id }),
      ),
    ).toEqual([]);
  });

  it('answers not found for an exception that is not there', async () => {
    const manager = someoneAtANewClinic('clinic_manager');
    await expect(
      harness.as(manager, () => sut.execute({ ...harness.commandFor(manager), exceptionId: randomUUID() })),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
