import { UseCaseHarness } from '@praxis/testing';
import { aBookableClinic, aBookedVisit } from '../../../test/appointment-use-cases';
import { someoneAtANewClinic, startSchedulingUseCases } from '../../../test/scheduling-use-cases';
import { IllegalTransitionError } from '../appointment-status';
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

  it('checks the patient in for a booked visit', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const visit = await aBookedVisit(harness, frontDesk, await aBookableClinic(harness, frontDesk), WEDNESDAY_TEN);
    const checkedIn = await harness.as(frontDesk, () =>
      sut.execute({ ...harness.commandFor(frontDesk), appointmentId: visit.id }),
    );
    expect(checkedIn.status).toBe('checked_in');
  });

  it('refuses with 409 to check in for a cancelled visit', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const visit = await aBookedVisit(harness, frontDesk, await aBookableClinic(harness, frontDesk), WEDNESDAY_TEN);
    await harness.as(frontDesk, () =>
      harness
        .get(CancelAppointment)
        .execute({ ...harness.commandFor(frontDesk), appointmentId: visit.id, reason: 'ill' }),
    );
    const checkingIn = harness.as(frontDesk, () =>
      sut.execute({ ...harness.commandFor(frontDesk), appointmentId: visit.id }),
    );
    await expect(checkingIn).rejects.toBeInstanceOf(IllegalTransitionError);
  });
});
