import { UseCaseHarness } from '@praxis/testing';
import { aBookableClinic, aBookedVisit } from '../../../test/appointment-use-cases';
import { ClinicActor, someoneAtANewClinic, startSchedulingUseCases } from '../../../test/scheduling-use-cases';
import { IllegalTransitionError } from '../appointment-status';
import { VisitTimingError } from '../appointment-timing';
import { CancelAppointment } from '../cancel-appointment/cancel-appointment.usecase';
import { CheckInAppointment } from './check-in-appointment.usecase';

// The harness clock stands on Monday 2 March 2026, 09:00 in Chicago.
const WEDNESDAY_TEN = '2026-03-04T10:00:00-06:00';

describe('CheckInAppointment', () => {
  let harness: UseCaseHarness;
  let sut: CheckInAppointment;

  beforeAll(async () => {
    harness = await startSchedulingUseCases();
    sut = harness.get(CheckInAppointment);
  });
  afterAll(() => harness.close());

  const checkInAt = (frontDesk: ClinicActor, appointmentId: string, now: string) =>
    harness.as(frontDesk, () => sut.execute({ ...harness.commandFor(frontDesk), now: new Date(now), appointmentId }));

  it('checks the patient in on the day of the visit, by the clinic’s calendar, even when UTC has moved on', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const clinic = await aBookableClinic(harness, frontDesk);
    const early = await aBookedVisit(harness, frontDesk, clinic, WEDNESDAY_TEN);
    expect((await checkInAt(frontDesk, early.id, '2026-03-04T07:30:00-06:00')).status).toBe('checked_in');
    const late = await aBookedVisit(harness, frontDesk, clinic, '2026-03-04T16:00:00-06:00');
    // 20:00 in Chicago is already Thursday in UTC.
    expect((await checkInAt(frontDesk, late.id, '2026-03-04T20:00:00-06:00')).status).toBe('checked_in');
  });

  it('refuses with 409 to check in on another day than the visit’s, saying which day it is', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const visit = await aBookedVisit(harness, frontDesk, await aBookableClinic(harness, frontDesk), WEDNESDAY_TEN);
    // 22:00 on Tuesday in Chicago is already Wednesday in UTC.
    const theEveningBefore = checkInAt(frontDesk, visit.id, '2026-03-03T22:00:00-06:00');
    await expect(theEveningBefore).rejects.toBeInstanceOf(VisitTimingError);
    await expect(theEveningBefore).rejects.toThrow(
      'a patient can be checked in only on the day of the visit (2026-03-04); it is 2026-03-03 at the clinic',
    );
    await expect(checkInAt(frontDesk, visit.id, '2026-03-05T09:00:00-06:00')).rejects.toBeInstanceOf(VisitTimingError);
  });

  it('refuses with 409 to check in for a cancelled visit', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const visit = await aBookedVisit(harness, frontDesk, await aBookableClinic(harness, frontDesk), WEDNESDAY_TEN);
    await harness.as(frontDesk, () =>
      harness
        .get(CancelAppointment)
        .execute({ ...harness.commandFor(frontDesk), appointmentId: visit.id, reason: 'ill' }),
    );
    const checkingIn = checkInAt(frontDesk, visit.id, '2026-03-04T09:50:00-06:00');
    await expect(checkingIn).rejects.toBeInstanceOf(IllegalTransitionError);
    await expect(checkingIn).rejects.toThrow('this visit is cancelled: only a booked visit can be checked in');
  });
});
