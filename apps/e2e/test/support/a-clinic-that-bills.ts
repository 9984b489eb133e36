import {
  aBillingProfileFor,
  aetnaPayer,
  CLINIC_PRICES_CSV,
  eventually,
  SandboxRules,
  setSandboxRules,
} from '@praxis/testing';
import { DateTime } from 'luxon';
import { gatewayCaller, GatewayOk, okFrom } from './gateway-calls';
import { SystemWithAClinic } from './system-with-a-clinic';

/** Zones far enough apart that one of them is always in its working day, so the visit can be today wherever we run. */
const ZONES = ['America/Chicago', 'Europe/Berlin', 'Asia/Tokyo', 'Pacific/Honolulu'];
const zoneInItsWorkingDay = (): string =>
  ZONES.find((zone) => {
    const hour = DateTime.now().setZone(zone).hour;
    return hour >= 6 && hour < 18;
  }) ?? ZONES[0];

export interface VisitCompletion {
  diagnoses: string[];
  procedures: { code: string; units: number; diagnosisPointers: number[] }[];
}

export interface ClinicThatBills {
  /** Books the patient at the new location, each visit an hour after the one booked before: its appointment's id. */
  bookAVisitToday(patientId: string): Promise<string>;
  /** Books the patient today, checks them in and completes the visit with its codes: its appointment's id. */
  completeAVisitToday(patientId: string, completion: VisitCompletion): Promise<string>;
  /** What a claim to Aetna needs besides the visit: the billing profile completed, and Aetna among the payers. */
  setUpClaimsToAetna(by: GatewayOk): Promise<void>;
}

const openALocationAllDay = async (system: SystemWithAClinic, ok: GatewayOk) => {
  const timeZone = zoneInItsWorkingDay();
  const address = { line1: '2 Oak St', city: 'Chicago', state: 'IL', postalCode: '60601' };
  const location = await ok('POST', '/api/v1/locations', { name: 'Uptown', timeZone, address });
  const workingHours = (locationId: string) =>
    `/api/v1/availability/providers/${system.clinic.providerId}/locations/${locationId}/working-hours`;
  // The provider moves to the new location for the day: a provider cannot keep hours in two places at once.
  await ok('PUT', workingHours(system.clinic.locationId), { hours: [] });
  const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '23:45' }));
  await eventually(() => ok('PUT', workingHours(location.id), { hours }), 30_000);
  return { id: location.id as string, timeZone };
};

const setUpClaimsToAetna = async (by: GatewayOk) => {
  // Claims makes the profile when it hears of the clinic.
  const profile = await eventually(() => by('GET', '/api/v1/billing-profile'), 30_000);
  await by('PUT', '/api/v1/billing-profile', aBillingProfileFor(profile.organizationName, 'LAKESIDE01', profile.npi));
  await by('POST', '/api/v1/payers', aetnaPayer(90));
};

/**
 * The clinic set up by its admin to bill visits today: a new location open around the clock in a zone now in its
 * working day, where the clinic's provider works, and the clinic's fee schedule priced in dollars (99213 at $125.00,
 * 96372 at $25.00).
 */
export const aClinicThatBills = async (system: SystemWithAClinic): Promise<ClinicThatBills> => {
  const asAdmin = okFrom(gatewayCaller(system));
  const location = await openALocationAllDay(system, asAdmin);
  await asAdmin('POST', '/api/v1/billing/fee-schedules', {
    effectiveFrom: '2020-01-01',
    currency: 'USD',
    csv: CLINIC_PRICES_CSV,
  });
  let visitsBooked = 0;
  const bookAVisitToday = async (patientId: string) => {
    visitsBooked += 1;
    const startsAt = DateTime.now()
      .setZone(location.timeZone)
      .plus({ minutes: 30 })
      .startOf('hour')
      .plus({ hours: visitsBooked })
      .toISO({ suppressMilliseconds: true });
    const appointment = await asAdmin('POST', '/api/v1/appointments', {
      patientId,
      providerId: system.clinic.providerId,
      locationId: location.id,
      appointmentTypeId: system.clinic.appointmentTypeId,
      startsAt,
    });
    return appointment.id as string;
  };
  const completeAVisitToday = async (patientId: string, completion: VisitCompletion) => {
    const appointmentId = await bookAVisitToday(patientId);
    await asAdmin('POST', `/api/v1/appointments/${appointmentId}/check-in`, {});
    await asAdmin('POST', `/api/v1/appointments/${appointmentId}/complete`, completion);
    return appointmentId;
  };
  return { bookAVisitToday, completeAVisitToday, setUpClaimsToAetna };
};

/**
 * The sandbox clearinghouse answers at once by the rules given. Its own 835 waits past the journey, so claims rest at
 * accepted unless the journey brings the payer's answer itself.
 */
export const setTheSandboxRules = (system: SystemWithAClinic, rules: Partial<SandboxRules> = {}): Promise<void> =>
  setSandboxRules(system.clearinghouse.url, rules);
