import { UseCaseHarness } from '@praxis/testing';
import {
  aBookableClinic,
  aBookedVisit,
  aRegisteredPatient,
  withAnotherProvider,
} from '../../../test/appointment-use-cases';
import { someoneAtANewClinic, startSchedulingUseCases } from '../../../test/scheduling-use-cases';
import {
  OffGridStartError,
  OutsideWorkingHoursError,
  PatientAlreadyBookedError,
  SlotTakenError,
} from '../appointment-errors';
import { AppointmentReader } from '../appointment-reader.query';
import { BookAppointment } from './book-appointment.usecase';

// The harness clock stands on Monday 2 March 2026, 09:00 in Chicago.
const WEDNESDAY_TEN = '2026-03-04T10:00:00-06:00';

describe('BookAppointment', () => {
  let harness: UseCaseHarness;
  let sut: BookAppointment;

  beforeAll(async () => {
    harness = await startSchedulingUseCases();
    sut = harness.get(BookAppointment);
  });
  afterAll(() => harness.close());

  it('books the visit for the length of its type, and the front desk finds it booked', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const clinic = await aBookableClinic(harness, frontDesk);
    const booked = await aBookedVisit(harness, frontDesk, clinic, WEDNESDAY_TEN);
    const found = await harness.as(frontDesk, () => harness.get(AppointmentReader).get(booked.id));
    expect(found).toMatchObject({ status: 'booked', patientId: clinic.patientId, timeZone: 'America/Chicago' });
    expect(found.endsAt.toISOString()).toBe('2026-03-04T16:30:00.000Z');
  });

  it('refuses a second visit at a taken time with 409 and the next free slots', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const clinic = await aBookableClinic(harness, frontDesk);
    await aBookedVisit(harness, frontDesk, clinic, WEDNESDAY_TEN);
    const another = await aRegisteredPatient(harness, frontDesk);
    const refusal = await aBookedVisit(harness, frontDesk, clinic, WEDNESDAY_TEN, another).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(SlotTakenError);
    expect((refusal as SlotTakenError).extensions.nextFreeSlots).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          startsAt: '2026-03-04T10:30:00-06:00',
          localDate: '2026-03-04',
          localTime: '10:30',
          timeZone: 'America/Chicago',
        }),
      ]),
    );
  });

  it('refuses the patient a second visit overlapping one they have with another provider, naming it', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const clinic = await aBookableClinic(harness, frontDesk);
    const held = await aBookedVisit(harness, frontDesk, clinic, WEDNESDAY_TEN);
    const elsewhere = await withAnotherProvider(harness, frontDesk, clinic);
    const refusal = await aBookedVisit(harness, frontDesk, elsewhere, '2026-03-04T10:15:00-06:00').catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(PatientAlreadyBookedError);
    expect((refusal as PatientAlreadyBookedError).message).toBe(
      'the patient already has a visit then (10:00 on 2026-03-04 with Dr Meredith Grey); ' +
        'send "allowPatientOverlap": true to book both',
    );
    expect((refusal as PatientAlreadyBookedError).extensions.patientVisits).toEqual([
      expect.objectContaining({ appointmentId: held.id, localDate: '2026-03-04', localTime: '10:00' }),
    ]);
    const afterwards = await aBookedVisit(harness, frontDesk, elsewhere, '2026-03-04T10:30:00-06:00');
    expect(afterwards.status).toBe('booked');
  });

  it('books an overlapping visit for the patient when the booking says both are meant', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const clinic = await aBookableClinic(harness, frontDesk);
    await aBookedVisit(harness, frontDesk, clinic, WEDNESDAY_TEN);
    const elsewhere = await withAnotherProvider(harness, frontDesk, clinic);
    const both = { ...harness.commandFor(frontDesk), ...elsewhere, startsAt: WEDNESDAY_TEN, allowPatientOverlap: true };
    const booked = await harness.as(frontDesk, () => sut.execute(both));
    expect(booked).toMatchObject({ status: 'booked', allowPatientOverlap: true });
  });

  it('lets only one of two simultaneous bookings give the patient a visit at the same time', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const clinic = await aBookableClinic(harness, frontDesk);
    const elsewhere = await withAnotherProvider(harness, frontDesk, clinic);
    const outcomes = await Promise.allSettled([
      aBookedVisit(harness, frontDesk, clinic, WEDNESDAY_TEN),
      aBookedVisit(harness, frontDesk, elsewhere, WEDNESDAY_TEN),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const [refused] = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect((refused as PromiseRejectedResult).reason).toBeInstanceOf(PatientAlreadyBookedError);
  });

  it('refuses a visit that starts before the moment it is booked', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const clinic = await aBookableClinic(harness, frontDesk);
    const lateInTheDay = { ...harness.commandFor(frontDesk), now: new Date('2026-03-04T11:00:00-06:00') };
    const booking = harness.as(frontDesk, () => sut.execute({ ...lateInTheDay, ...clinic, startsAt: WEDNESDAY_TEN }));
    await expect(booking).rejects.toBeInstanceOf(OutsideWorkingHoursError);
  });

  it('refuses a start off the visit type’s grid, naming the nearest starts, unless the booking means it', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const clinic = await aBookableClinic(harness, frontDesk);
    const offGrid = { ...clinic, startsAt: '2026-03-04T09:47:00-06:00' };
    const refused = harness.as(frontDesk, () => sut.execute({ ...harness.commandFor(frontDesk), ...offGrid }));
    await expect(refused).rejects.toBeInstanceOf(OffGridStartError);
    await expect(refused).rejects.toThrow(
      '09:47 is not on the 15-minute grid Follow-up visits start on (nearest: 09:45 or 10:00)',
    );
    const meant = { ...harness.commandFor(frontDesk), ...offGrid, allowOffGrid: true };
    const booked = await harness.as(frontDesk, () => sut.execute(meant));
    expect(booked).toMatchObject({ status: 'booked', startsAt: new Date(offGrid.startsAt) });
  });

  it('answers a retried request with the first booking', async () => {
    const frontDesk = someoneAtANewClinic('front_desk');
    const clinic = await aBookableClinic(harness, frontDesk);
    const request = { ...clinic, startsAt: WEDNESDAY_TEN, idempotencyKey: 'retry-me' };
    const first = await harness.as(frontDesk, () => sut.execute({ ...harness.commandFor(frontDesk), ...request }));
    harness.clock.advance(60_000);
    const retried = await harness.as(frontDesk, () => sut.execute({ ...harness.commandFor(frontDesk), ...request }));
    expect(retried.id).toBe(first.id);
  });
});
