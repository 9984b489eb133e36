import { UseCaseHarness } from '@praxis/testing';
import {
  aBookableClinic,
  aBookedVisit,
  aCheckedInVisit,
  aRegisteredPatient,
  withAnotherProvider,
} from '../../../test/appointment-use-cases';
import { someoneAtANewClinic, startSchedulingUseCases } from '../../../test/scheduling-use-cases';
import { OffGridStartError, OutsideWorkingHoursError, PatientAlreadyBookedError } from '../appointment-errors';
import { IllegalTransitionError } from '../appointment-status';
import { RescheduleAppointment } from './reschedule-appointment.usecase';

// The harness clock stands on Monday 2 March 2026, 09:00 in Chicago.
const WEDNESDAY_TEN = '2026-03-04T10:00:00-06:00';
const THURSDAY_TWO = '2026-03-05T14:00:00-06:00';

describe('RescheduleAppointment', () => {
  let harness: UseCaseHarness;
  let sut: RescheduleAppointment;

  beforeAll(async () => {
    harness = await startSchedulingUseCases();
    sut = harness.get(RescheduleAppointment);
  });
  afterAll(() => harness.close());

  it('moves the visit, still booked, and frees the time it held', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const clinic = await aBookableClinic(harness, frontDesk);
    const visit = await aBookedVisit(harness, frontDesk, clinic, WEDNESDAY_TEN);
    const moved = await harness.as(frontDesk, () =>
      sut.execute({ ...harness.commandFor(frontDesk), appointmentId: visit.id, startsAt: THURSDAY_TWO }),
    );
    expect(moved).toMatchObject({ status: 'booked', startsAt: new Date(THURSDAY_TWO) });
    const another = await aRegisteredPatient(harness, frontDesk);
    await expect(aBookedVisit(harness, frontDesk, clinic, WEDNESDAY_TEN, another)).resolves.toMatchObject({
      status: 'booked',
    });
  });

  it('refuses to move a visit outside the provider’s hours', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const clinic = await aBookableClinic(harness, frontDesk);
    const visit = await aBookedVisit(harness, frontDesk, clinic, WEDNESDAY_TEN);
    const moving = harness.as(frontDesk, () =>
      sut.execute({ ...harness.commandFor(frontDesk), appointmentId: visit.id, startsAt: '2026-03-04T20:00:00-06:00' }),
    );
    await expect(moving).rejects.toBeInstanceOf(OutsideWorkingHoursError);
  });

  it('moves a visit off the visit type’s grid only when the front desk says it means it', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const visit = await aBookedVisit(harness, frontDesk, await aBookableClinic(harness, frontDesk), WEDNESDAY_TEN);
    const move = { ...harness.commandFor(frontDesk), appointmentId: visit.id, startsAt: '2026-03-05T14:07:00-06:00' };
    await expect(harness.as(frontDesk, () => sut.execute(move))).rejects.toBeInstanceOf(OffGridStartError);
    const moved = await harness.as(frontDesk, () => sut.execute({ ...move, allowOffGrid: true }));
    expect(moved.startsAt).toEqual(new Date(move.startsAt));
  });

  it('refuses to move a visit onto another the patient has, unless the move says both are meant', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const clinic = await aBookableClinic(harness, frontDesk);
    await aBookedVisit(harness, frontDesk, clinic, THURSDAY_TWO);
    const visit = await aBookedVisit(
      harness,
      frontDesk,
      await withAnotherProvider(harness, frontDesk, clinic),
      WEDNESDAY_TEN,
    );
    const move = { ...harness.commandFor(frontDesk), appointmentId: visit.id, startsAt: THURSDAY_TWO };
    await expect(harness.as(frontDesk, () => sut.execute(move))).rejects.toBeInstanceOf(PatientAlreadyBookedError);
    const moved = await harness.as(frontDesk, () => sut.execute({ ...move, allowPatientOverlap: true }));
    expect(moved).toMatchObject({ startsAt: new Date(THURSDAY_TWO), allowPatientOverlap: true });
  });

  it('moves a visit within its own time without standing in its own way', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const visit = await aBookedVisit(harness, frontDesk, await aBookableClinic(harness, frontDesk), WEDNESDAY_TEN);
    const later = { ...harness.commandFor(frontDesk), appointmentId: visit.id, startsAt: '2026-03-04T10:15:00-06:00' };
    await expect(harness.as(frontDesk, () => sut.execute(later))).resolves.toMatchObject({ status: 'booked' });
  });

  it('refuses with 409 to move a visit the patient has checked in for', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const clinic = await aBookableClinic(harness, frontDesk);
    const visit = await aCheckedInVisit(harness, frontDesk, clinic, WEDNESDAY_TEN);
    const moving = harness.as(frontDesk, () =>
      sut.execute({ ...harness.commandFor(frontDesk), appointmentId: visit.id, startsAt: THURSDAY_TWO }),
    );
    await expect(moving).rejects.toBeInstanceOf(IllegalTransitionError);
  });
});
