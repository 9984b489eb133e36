import { eventually } from '@praxis/testing';
import { DateTime } from 'luxon';
import { SystemWithAClinic } from './system-with-a-clinic';

/** Zones far enough apart that one of them is always in its working day, so the visit can be today wherever we run. */
const ZONES = ['America/Chicago', 'Europe/Berlin', 'Asia/Tokyo', 'Pacific/Honolulu'];
const zoneInItsWorkingDay = (): string =>
  ZONES.find((zone) => {
    const hour = DateTime.now().setZone(zone).hour;
    return hour >= 6 && hour < 18;
  }) ?? ZONES[0];

export interface GatewayAnswer {
  status: number;
  headers: Headers;
  /** Whatever JSON the API answered. */
  body: ReturnType<typeof JSON.parse>;
}

export type GatewayCall = (
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<GatewayAnswer>;

/** Calls the gateway with the bearer given (the clinic's admin by default). */
export const gatewayCaller =
  (system: SystemWithAClinic, bearer?: string): GatewayCall =>
  async (method, path, body, headers = {}) => {
    const response = await fetch(`${system.gateway.url}${path}`, {
      method,
      headers: { authorization: bearer ?? system.clinic.bearer, 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  };

/** The answer's body, or a failure naming the call when the API refused it. */
export const okFrom =
  (call: GatewayCall) => async (method: string, path: string, body?: unknown, headers?: Record<string, string>) => {
    const answer = await call(method, path, body, headers);
    if (answer.status >= 300)
      throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };

/**
 * A visit of the clinic's first patient booked within the hour at a new location whose zone is in its working day,
 * with the clinic's fee schedule priced in dollars (99213 at $125.00, 96372 at $25.00): its appointment's id.
 */
export const aVisitBookedToday = async (system: SystemWithAClinic): Promise<string> => {
  const ok = okFrom(gatewayCaller(system));
  const timeZone = zoneInItsWorkingDay();
  const address = { line1: '2 Oak St', city: 'Chicago', state: 'IL', postalCode: '60601' };
  const location = await ok('POST', '/api/v1/locations', { name: 'Uptown', timeZone, address });
  const workingHours = (locationId: string) =>
    `/api/v1/availability/providers/${system.clinic.providerId}/locations/${locationId}/working-hours`;
  // The provider moves to the new location for the day: a provider cannot keep hours in two places at once.
  await ok('PUT', workingHours(system.clinic.locationId), { hours: [] });
  const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '23:45' }));
  await eventually(() => ok('PUT', workingHours(location.id), { hours }), 30_000);
  const csv = 'procedure_code,modifiers,payer_id,amount\r\n99213,,,125.00\r\n96372,,,25.00';
  await ok('POST', '/api/v1/billing/fee-schedules', { effectiveFrom: '2020-01-01', currency: 'USD', csv });
  const startsAt = DateTime.now()
    .setZone(timeZone)
    .plus({ minutes: 30 })
    .startOf('hour')
    .plus({ hours: 1 })
    .toISO({ suppressMilliseconds: true });
  const appointment = await ok('POST', '/api/v1/appointments', {
    patientId: system.clinic.patientIds[0],
    providerId: system.clinic.providerId,
    locationId: location.id,
    appointmentTypeId: system.clinic.appointmentTypeId,
    startsAt,
  });
  return appointment.id as string;
};
