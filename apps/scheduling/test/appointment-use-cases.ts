import { aPatient, UseCaseHarness } from '@praxis/testing';
import { Appointment } from '../src/appointments/appointment.entity';
import { BookAppointment } from '../src/appointments/book-appointment/book-appointment.usecase';
import { CheckInAppointment } from '../src/appointments/check-in-appointment/check-in-appointment.usecase';
import { RegisterPatient } from '../src/patients/register-patient/register-patient.usecase';
import { ReplaceWorkingHours } from '../src/availability/working-hours/replace-working-hours/replace-working-hours.usecase';
import { aBookableWeek, aProvider, ClinicActor } from './scheduling-use-cases';

export interface BookableClinic {
  providerId: string;
  locationId: string;
  appointmentTypeId: string;
  patientId: string;
}

/** A Chicago clinic whose provider sees 30-minute visits 09:00–17:00 every day, and a registered patient. */
export const aBookableClinic = async (harness: UseCaseHarness, frontDesk: ClinicActor): Promise<BookableClinic> => {
  const { provider, location, type } = await aBookableWeek(harness, frontDesk);
  const patient = await aRegisteredPatient(harness, frontDesk);
  return { providerId: provider.id, locationId: location.id, appointmentTypeId: type.id, patientId: patient };
};

/** Another provider at the same clinic's location, with the same hours: the clinic as booked with them instead. */
export const withAnotherProvider = async (
  harness: UseCaseHarness,
  frontDesk: ClinicActor,
  clinic: BookableClinic,
): Promise<BookableClinic> => {
  const provider = await aProvider(harness, frontDesk);
  const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));
  await harness.as(frontDesk, () =>
    harness
      .get(ReplaceWorkingHours)
      .execute({ ...harness.commandFor(frontDesk), providerId: provider.id, locationId: clinic.locationId, hours }),
  );
  return { ...clinic, providerId: provider.id };
};

export const aRegisteredPatient = async (harness: UseCaseHarness, frontDesk: ClinicActor): Promise<string> => {
  const patient = await harness.as(frontDesk, () =>
    harness.get(RegisterPatient).execute({ ...harness.commandFor(frontDesk), patient: aPatient() }),
  );
  return patient.id;
};

/** A visit booked through the front desk's own use case, so it holds its time as any booking does. */
export const aBookedVisit = (
  harness: UseCaseHarness,
  frontDesk: ClinicActor,
  clinic: BookableClinic,
  startsAt: string,
  patientId = clinic.patientId,
): Promise<Appointment> =>
  harness.as(frontDesk, () =>
    harness.get(BookAppointment).execute({ ...harness.commandFor(frontDesk), ...clinic, patientId, startsAt }),
  );

/** A visit booked at the harness clock's now, the patient checked in ten minutes before it starts. */
export const aCheckedInVisit = async (
  harness: UseCaseHarness,
  frontDesk: ClinicActor,
  clinic: BookableClinic,
  startsAt: string,
): Promise<Appointment> => {
  const visit = await aBookedVisit(harness, frontDesk, clinic, startsAt);
  const arrival = { ...harness.commandFor(frontDesk), now: new Date(Date.parse(startsAt) - 10 * 60_000) };
  return harness.as(frontDesk, () => harness.get(CheckInAppointment).execute({ ...arrival, appointmentId: visit.id }));
};
