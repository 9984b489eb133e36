import { DateTime } from 'luxon';
import { aClinicSignUp, aStaffMember, aValidNpi, A_STRONG_PASSWORD } from './builders';
import { eventually } from './eventually';

export interface GatewayClinic {
  bearer: string;
  providerId: string;
  locationId: string;
  appointmentTypeId: string;
  patientIds: string[];
  timeZone: string;
  /** Visit start times `count` consecutive slots long, from a day ahead at 09:00 local. */
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
export const aClinicThroughTheGateway = async (gatewayUrl: string, patients = 3): Promise<GatewayClinic> => {
  const timeZone = 'America/Chicago';
  const form = aClinicSignUp({ timeZone });
  await call(gatewayUrl, 'POST', '/api/v1/clinics', form);
  const { accessToken } = await call(gatewayUrl, 'POST', '/api/v1/auth/login', { email: form.admin.email, password: A_STRONG_PASSWORD });
  const bearer = `Bearer ${accessToken}`;
  const address = { line1: '1 Elm St', city: 'Chicago', state: 'IL', postalCode: '60601' };
  const location = await call(gatewayUrl, 'POST', '/api/v1/locations', { name: 'Downtown', timeZone, address }, bearer);
  const doctor = await call(gatewayUrl, 'POST', '/api/v1/staff', aStaffMember(['provider']), bearer);
  const provider = await eventually(
    () => call(gatewayUrl, 'POST', '/api/v1/providers', { userId: doctor.id, npi: aValidNpi(), taxonomyCode: '207Q00000X' }, bearer),
    30_000,
  );
  const type = await call(gatewayUrl, 'POST', '/api/v1/appointment-types', { name: 'Office visit', durationMinutes: 15 }, bearer);
  const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '08:00', end: '18:00' }));
  await eventually(() => call(gatewayUrl, 'PUT', `/api/v1/availability/providers/${provider.id}/locations/${location.id}/working-hours`, { hours }, bearer), 30_000);
  const patientIds: string[] = [];
  for (let index = 0; index < patients; index += 1) {
    const patient = await call(
      gatewayUrl,
      'POST',
      '/api/v1/patients',
      { firstName: 'Pat', lastName: `Load${index}`, dateOfBirth: '1980-01-01', sex: 'unknown', address, phone: '312-555-0100', confirmedNotDuplicate: true },
      bearer,
    );
    patientIds.push(patient.id);
  }
  const slotStarts = (count: number, daysAhead = 1) => {
    const first = DateTime.now().setZone(timeZone).plus({ days: daysAhead }).set({ hour: 8, minute: 0, second: 0, millisecond: 0 });
    return Array.from({ length: count }, (_, index) => first.plus({ minutes: 15 * index }).toISO({ suppressMilliseconds: true }) ?? '');
  };
  return { bearer, providerId: provider.id, locationId: location.id, appointmentTypeId: type.id, patientIds, timeZone, slotStarts };
};
