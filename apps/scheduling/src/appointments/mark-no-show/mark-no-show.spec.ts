import { UseCaseHarness } from '@praxis/testing';
import { aBookableClinic, aBookedVisit, aCheckedInVisit } from '../../../test/appointment-use-cases';
import { someoneAtANewClinic, startSchedulingUseCases } from '../../../test/scheduling-use-cases';
import { IllegalTransitionError } from '../appointment-status';
import { MarkNoShow } from './mark-no-show.usecase';

// The harness clock stands on Monday 2 March 2026, 09:00 in Chicago.
const WEDNESDAY_TEN = '2026-03-04T10:00:00-06:00';

describe('MarkNoShow', () => {
  let harness: UseCaseHarness;
  let sut: MarkNoShow;

  beforeAll(async () => {
    harness = await startSchedulingUseCases();
    sut = harness.get(MarkNoShow);
  });
  afterAll(() => harness.close());

  it('marks a booked visit the patient never came to', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const visit = await aBookedVisit(harness, frontDesk, await aBookableClinic(harness, frontDesk), WEDNESDAY_TEN);
    const missed = await harness.as(frontDesk, () =>
      sut.execute({ ...harness.commandFor(frontDesk), appointmentId: visit.id }),
    );
    expect(missed.status).toBe('no_show');
  });

  it('refuses with 409 once the patient has checked in', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const visit = await aCheckedInVisit(harness, frontDesk, await aBookableClinic(harness, frontDesk), WEDNESDAY_TEN);
    const marking = harness.as(frontDesk, () =>
      sut.execute({ ...harness.commandFor(frontDesk), appointmentId: visit.id }),
    );
    await expect(marking).rejects.toBeInstanceOf(IllegalTransitionError);
  });
});
