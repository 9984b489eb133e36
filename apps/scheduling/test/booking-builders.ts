import { Clock } from '@praxis/platform';
import { aPatient, RunningService } from '@praxis/testing';
import { DateTime } from 'luxon';
import request from 'supertest';
import { CalendarBuilder } from './calendar-builders';
import { aNewClinic, TestClinic } from './scheduling-harness';

export const CHICAGO = 'America/Chicago';

export interface BookableClinic {
  clinic: TestClinic;
  locationId: string;
  provider: { id: string; userId: string; displayName: string };
  appointmentTypeId: string;
  patientId: string;
  /** An instant `days` from the service's today at the local wall-clock time, with its offset. */
  at(days: number, time: string): string;
  visit(startsAt: string, patientId?: string): Record<string, string>;
}

const localInstant = (clock: Clock, days: number, time: string): string => {
  const [hour, minute] = time.split(':').map(Number);
  const today = DateTime.fromJSDate(clock.now()).setZone(CHICAGO);
  return (
    today.plus({ days }).set({ hour, minute, second: 0, millisecond: 0 }).toISO({ suppressMilliseconds: true }) ?? ''
  );
};

export const registerPatient = async (scheduling: RunningService, clinic: TestClinic): Promise<string> => {
  const response = await request(scheduling.url)
    .post('/api/v1/patients')
    .set(await clinic.as('front_desk'))
    .send(aPatient())
    .expect(201);
  return response.body.id;
};

/** Dr Grey sees 30-minute visits (10 minutes to tidy up after) at Downtown, Chicago, every day in the given hours. */
export const aBookableClinic = async (
  scheduling: RunningService,
  calendar: CalendarBuilder,
  hours: { start: string; end: string } = { start: '09:00', end: '17:00' },
): Promise<BookableClinic> => {
  const clinic = aNewClinic();
  const locationId = await calendar.location(clinic, 'Downtown', CHICAGO);
  const provider = await calendar.provider(clinic, 'Dr Grey');
  const appointmentTypeId = await calendar.appointmentType(clinic, { durationMinutes: 30, bufferAfterMinutes: 10 });
  await calendar.workingHours(
    clinic,
    provider.id,
    locationId,
    [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, ...hours })),
  );
  const patientId = await registerPatient(scheduling, clinic);
  return {
    clinic,
    locationId,
    provider,
    appointmentTypeId,
    patientId,
    at: (days, time) => localInstant(scheduling.app.get(Clock), days, time),
    visit: (startsAt, patient = patientId) => ({
      patientId: patient,
      providerId: provider.id,
      locationId,
      appointmentTypeId,
      startsAt,
    }),
  };
};
