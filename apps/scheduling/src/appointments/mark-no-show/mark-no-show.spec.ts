import { UseCaseHarness } from '@praxis/testing';
import { aBookableClinic, aBookedVisit, aCheckedInVisit } from '../../../test/appointment-use-cases';
import { ClinicActor, someoneAtANewClinic, startSchedulingUseCases } from '../../../test/scheduling-use-cases';
import { AppointmentReader } from '../appointment-reader.query';
import { IllegalTransitionError } from '../appointment-status';
import { VisitTimingError } from '../appointment-timing';
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

  const markAt = (frontDesk: ClinicActor, appointmentId: string, now: string) =>
    harness.as(frontDesk, () => sut.execute({ ...harness.commandFor(frontDesk), now: new Date(now), appointmentId }));

  it('marks a booked visit the patient never came to, once it has started', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const visit = await aBookedVisit(harness, frontDesk, await aBookableClinic(harness, frontDesk), WEDNESDAY_TEN);
    const missed = await markAt(frontDesk, visit.id, '2026-03-04T10:20:00-06:00');
    expect(missed.status).toBe('no_show');
  });

  it('refuses with 409 to mark a no-show before the visit has started, and the visit stays booked', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const visit = await aBookedVisit(harness, frontDesk, await aBookableClinic(harness, frontDesk), WEDNESDAY_TEN);
    const tooSoon = markAt(frontDesk, visit.id, WEDNESDAY_TEN);
    await expect(tooSoon).rejects.toBeInstanceOf(VisitTimingError);
    await expect(tooSoon).rejects.toThrow(
      'a patient can be marked as a no-show only after the visit has started (10:00 on 2026-03-04)',
    );
    const found = await harness.as(frontDesk, () => harness.get(AppointmentReader).get(visit.id));
    expect(found.status).toBe('booked');
  });

  it('refuses with 409 once the patient has checked in', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const visit = await aCheckedInVisit(harness, frontDesk, await aBookableClinic(harness, frontDesk), WEDNESDAY_TEN);
    const marking = markAt(frontDesk, visit.id, '2026-03-04T10:20:00-06:00');
    await expect(marking).rejects.toBeInstanceOf(IllegalTransitionError);
  });
});
