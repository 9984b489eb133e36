import { FixedClock, UseCaseHarness } from '@praxis/testing';
import {
  aBookableWeek,
  freeTimesOn,
  someoneAtANewClinic,
  startSchedulingUseCases,
} from '../../test/scheduling-use-cases';

describe('AvailabilityCalendar slot search', () => {
  const clock = new FixedClock();
  let harness: UseCaseHarness;

  beforeAll(async () => {
    harness = await startSchedulingUseCases(clock);
  });
  afterAll(() => harness.close());

  it('offers nothing earlier than now, by the clock the service is given', async () => {
    const frontDesk = someoneAtANewClinic('clinic_manager');
    const week = await aBookableWeek(harness, frontDesk);
    clock.set('2026-03-04T18:10:00Z');
    expect((await freeTimesOn(harness, frontDesk, week, '2026-03-04'))[0]).toBe('12:15');
    clock.set('2026-03-03T12:00:00Z');
    expect((await freeTimesOn(harness, frontDesk, week, '2026-03-04'))[0]).toBe('09:00');
  });
});
