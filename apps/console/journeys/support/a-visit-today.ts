import { anOfficeVisit, call, type ClinicWithAFrontDesk } from './a-clinic-with-a-front-desk';

const wallClockIn = (timeZone: string, parts: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', ...parts }).format(new Date());

/** Visits must be booked later today, so late in Chicago's evening the clinic is two hours behind, in Los Angeles. */
export const aZoneWithTimeLeftToday = (): string =>
  Number(wallClockIn('America/Chicago', { hour: '2-digit' })) < 22 ? 'America/Chicago' : 'America/Los_Angeles';

const ALL_DAY = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '23:59' }));

/** The provider works all day, and the patient is booked at the provider's first start today after the patient's other visits. */
export const aVisitLaterToday = async (
  gatewayUrl: string,
  clinic: ClinicWithAFrontDesk,
  providerId: string,
  patientId: string,
): Promise<string> => {
  const { location, adminBearer } = clinic;
  await call(
    gatewayUrl,
    'PUT',
    `/api/v1/availability/providers/${providerId}/locations/${location.id}/working-hours`,
    { hours: ALL_DAY },
    adminBearer,
  );
  const visits = await call<Array<{ endsAt: string }>>(
    gatewayUrl,
    'GET',
    `/api/v1/patients/${patientId}/appointments`,
    undefined,
    adminBearer,
  );
  const free = Math.max(Date.now() + 60_000, ...visits.map(({ endsAt }) => Date.parse(endsAt)));
  return anOfficeVisit(gatewayUrl, clinic, {
    providerId,
    patientId,
    day: wallClockIn(location.timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }),
    at: ({ startsAt }) => Date.parse(startsAt) >= free,
  });
};
