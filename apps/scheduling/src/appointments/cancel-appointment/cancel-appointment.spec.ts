import { UseCaseHarness } from '@praxis/testing';
import { aBookableClinic, aBookedVisit, aRegisteredPatient } from '../../../test/appointment-use-cases';
import { someoneAtANewClinic, startSchedulingUseCases } from '../../../test/scheduling-use-cases';
import { IllegalTransitionError } from '../appointment-status';
import { CancelAppointment } from './cancel-appointment.usecase';

// The harness clock stands on Monday 2 March 2026, 09:00 in Chicago.
const WEDNESDAY_TEN = '2026-03-04T10:00:00-06:00';

describe('CancelAppointment', () => {
  let harness: UseCaseHarness;
  let sut: CancelAppointment;

  beforeAll(async () => {
    harness = await startSchedulingUseCases();
    sut = harness.get(CancelAppointment);
  });
  afterAll(() => harness.close());

  it('cancels the visit with its reason and gives its time to the next patient', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const clinic = await aBookableClinic(harness, frontDesk);
    const visit = await aBookedVisit(harness, frontDesk, clinic, WEDNESDAY_TEN);
    const cancelled = await harness.as(frontDesk, () =>
      sut.execute({ ...harness.commandFor(frontDesk), appointmentId: visit.id, reason: 'feeling better' }),
    );
    expect(cancelled).toMatchObject({ status: 'cancelled', cancellationReason: 'feeling better' });
    const another = await aRegisteredPatient(harness, frontDesk);
    await expect(aBookedVisit(harness, frontDesk, clinic, WEDNESDAY_TEN, another)).resolves.toMatchObject({
      status: 'booked',
    });
  });

  it('refuses with 409 to cancel a visit twice', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const clinic = await aBookableClinic(harness, frontDesk);
    const visit = await aBookedVisit(harness, frontDesk, clinic, WEDNESDAY_TEN);
    const cancel = () =>
      harness.as(frontDesk, () =>
        sut.execute({ ...harness.commandFor(frontDesk), appointmentId: visit.id, reason: 'double-booked by phone' }),
      );
    await cancel();
    await expect(cancel()).rejects.toBeInstanceOf(IllegalTransitionError);
  });
});
