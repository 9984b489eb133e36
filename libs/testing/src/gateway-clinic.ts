import { DateTime } from 'luxon';
import { aClinicSignUp, aStaffMember, aValidNpi, A_STRONG_PASSWORD } from './builders';
import { eventually } from './eventually';

export interface GatewayClinic {
  bearer: string;
  providerId: string;
  /** The provider's staff account, as identity and training know them. */
  providerUserId: string;
  locationId: string;
  appointmentTypeId: string;
  patientIds: string[];
  timeZone: string;
  /** Start times of `count` consecutive 15-minute visits from the opening hour `daysAhead` days from today, local time. */
  slotStarts(count: number, daysAhead?: number): string[];
}

const call = async (gatewayUrl: string, method: string, path: string, body: unknown, bearer?: string) => {
  const response = await fetch(`${gatewayUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: bearer } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : undefined;
};

/**
 * A clinic set up the way its admin would, only through the gateway: identity announces the location and the
 * provider's staff account to scheduling over Kafka, so scheduling steps wait until it has heard of them.
 */
export interface GatewayClinicShape {
  patients?: number;
  hours?: { start: string; end: string };
}

export const aClinicThroughTheGateway = async (
  gatewayUrl: string,
  { patients = 3, hours: open = { start: '08:00', end: '18:00' } }: GatewayClinicShape = {},
): Promise<GatewayClinic> => {
  const timeZone = 'America/Chicago';
  const form = aClinicSignUp({ timeZone });
  await call(gatewayUrl, 'POST', '/api/v1/clinics', form);
  const { accessToken } = await call(gatewayUrl, 'POST', '/api/v1/auth/login', {
    email: form.admin.email,
    password: A_STRONG_PASSWORD,
  });
  const bearer = `Bearer ${accessToken}`;
  const address = { line1: '1 Elm St', city: 'Chicago', state: 'IL', postalCode: '60601' };
  const location = await call(gatewayUrl, 'POST', '/api/v1/locations', { name: 'Downtown', timeZone, address }, bearer);
  const placement = { locationId: location.id, hiredOn: '2024-01-08' };
  const doctor = await call(gatewayUrl, 'POST', '/api/v1/staff', aStaffMember(['provider'], placement), bearer);
  const provider = await eventually(
    () =>
      call(
        gatewayUrl,
        'POST',
        '/api/v1/providers',
        { userId: doctor.id, npi: aValidNpi(), taxonomyCode: '207Q00000X' },
        bearer,
      ),
    30_000,
  );
  const type = await call(
    gatewayUrl,
    'POST',
    '/api/v1/appointment-types',
    { name: 'Office visit', durationMinutes: 15 },
    bearer,
  );
  const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, ...open }));
  await eventually(
    () =>
      call(
        gatewayUrl,
        'PUT',
        `/api/v1/availability/providers/${provider.id}/locations/${location.id}/working-hours`,
        { hours },
        bearer,
      ),
    30_000,
  );
  const patientIds: string[] = [];
  for (let index = 0; index < patients; index += 1) {
    const patient = await call(
      gatewayUrl,
      'POST',
      '/api/v1/patients',
      {
        firstName: 'Pat',
        lastName: `Load${index}`,
        dateOfBirth: '1980-01-01',
        sex: 'unknown',
        address,
        phone: '312-555-0100',
        confirmedNotDuplicate: true,
      },
      bearer,
    );
    patientIds.push(patient.id);
  }
  const slotStarts = (count: number, daysAhead = 1) => {
    const [hour, minute] = open.start.split(':').map(Number);
    const [closeHour, closeMinute] = open.end.split(':').map(Number);
    const perDay = Math.floor((closeHour * 60 + closeMinute - (hour * 60 + minute)) / 15);
    const opening = DateTime.now()
      .setZone(timeZone)
      .plus({ days: daysAhead })
      .set({ hour, minute, second: 0, millisecond: 0 });
    return Array.from(
      { length: count },
      (_, index) =>
        opening
          .plus({ days: Math.floor(index / perDay) })
          .plus({ minutes: 15 * (index % perDay) })
          .toISO({ suppressMilliseconds: true }) ?? '',
    );
  };
  return {
    bearer,
    providerId: provider.id,
    providerUserId: doctor.id,
    locationId: location.id,
    appointmentTypeId: type.id,
    patientIds,
    timeZone,
    slotStarts,
  };
};
