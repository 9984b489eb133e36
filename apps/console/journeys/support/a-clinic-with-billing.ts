import { randomUUID } from 'node:crypto';
import {
  aClinicWithAFrontDesk,
  call,
  type ClinicWithAFrontDesk,
  eventually,
  PASSWORD,
} from './a-clinic-with-a-front-desk';
import { aVisitLaterToday, aZoneWithTimeLeftToday } from './a-visit-today';

/** The front desk's clinic, in a zone with time left today for visits, with a billing clerk and a fee schedule. */
export interface ClinicWithBilling extends ClinicWithAFrontDesk {
  clerk: { email: string; password: string };
}

export interface ProcedureLine {
  code: string;
  units: number;
}

/** The clinic's fee for an office visit; any other code has no price, so a visit with one waits for review. */
const FEE_SCHEDULE = 'procedure_code,modifiers,payer_id,amount\r\n99213,,,125.00';

export const aClinicWithBilling = async (gatewayUrl: string): Promise<ClinicWithBilling> => {
  const clinic = await aClinicWithAFrontDesk(gatewayUrl, { timeZone: aZoneWithTimeLeftToday() });
  const clerk = { email: `billing.${randomUUID().slice(0, 8)}@clinic.test`, password: PASSWORD };
  await call(
    gatewayUrl,
    'POST',
    '/api/v1/staff',
    { ...clerk, displayName: 'Billie Clerk', roles: ['billing_clerk'] },
    clinic.adminBearer,
  );
  // Billing hears of the clinic over Kafka before it takes the clinic's prices.
  await eventually(() =>
    call(
      gatewayUrl,
      'POST',
      '/api/v1/billing/fee-schedules',
      { effectiveFrom: '2020-01-01', currency: 'USD', csv: FEE_SCHEDULE },
      clinic.adminBearer,
    ),
  );
  return { ...clinic, clerk };
};

/** A visit of the patient's later today (with the clinic's first provider unless named), checked in at the desk. */
export const aCheckedInVisit = async (
  gatewayUrl: string,
  clinic: ClinicWithBilling,
  patientId: string,
  providerId = clinic.providers[0].id,
): Promise<string> => {
  const id = await aVisitLaterToday(gatewayUrl, clinic, providerId, patientId);
  await call(gatewayUrl, 'POST', `/api/v1/appointments/${id}/check-in`, {}, clinic.adminBearer);
  return id;
};

/** The provider completes the visit with these lines; it is done once billing has captured it. */
export const completeVisit = async (
  gatewayUrl: string,
  clinic: ClinicWithBilling,
  id: string,
  procedures: ProcedureLine[],
): Promise<void> => {
  await call(
    gatewayUrl,
    'POST',
    `/api/v1/appointments/${id}/complete`,
    { diagnoses: ['J06.9'], procedures: procedures.map((line) => ({ ...line, diagnosisPointers: [1] })) },
    clinic.adminBearer,
  );
  await eventually(() => call(gatewayUrl, 'GET', `/api/v1/billing/visits/${id}`, undefined, clinic.adminBearer));
};

export const aCompletedVisit = async (
  gatewayUrl: string,
  clinic: ClinicWithBilling,
  patientId: string,
  procedures: ProcedureLine[],
  providerId = clinic.providers[0].id,
): Promise<string> => {
  const id = await aCheckedInVisit(gatewayUrl, clinic, patientId, providerId);
  await completeVisit(gatewayUrl, clinic, id, procedures);
  return id;
};

/** An office visit completed and its charge released to the patient's account, as a clerk did earlier. */
export const aReleasedOfficeVisit = async (
  gatewayUrl: string,
  clinic: ClinicWithBilling,
  patientId: string,
  providerId: string,
): Promise<string> => {
  const id = await aCompletedVisit(gatewayUrl, clinic, patientId, [{ code: '99213', units: 1 }], providerId);
  await call(gatewayUrl, 'POST', `/api/v1/billing/visits/${id}/release`, undefined, clinic.adminBearer);
  return id;
};
