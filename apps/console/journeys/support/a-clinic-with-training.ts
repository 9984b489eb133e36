import { randomUUID } from 'node:crypto';
import {
  aClinicWithAFrontDesk,
  calendarDateIn,
  call,
  type ClinicWithAFrontDesk,
  eventually,
  PASSWORD,
  signInAs,
} from './a-clinic-with-a-front-desk';

interface Account {
  email: string;
  password: string;
}

/**
 * The front desk's clinic with a clinic manager, and the sign-in of its first provider, Dr Ada Okafor. Training hears of
 * the clinic and its staff over Kafka: it is ready once it has given the provider her starter requirements.
 */
export interface ClinicWithTraining extends ClinicWithAFrontDesk {
  manager: Account;
  managerBearer: string;
  okafor: Account & { providerId: string; userId: string; name: string };
  /** Today on the clinic's clock, as YYYY-MM-DD. */
  today: string;
}

export interface StandingRow {
  requirementId: string;
  requirementName: string;
  status: string;
}

export const standingOf = (gatewayUrl: string, userId: string, bearer: string): Promise<StandingRow[]> =>
  call<StandingRow[]>(gatewayUrl, 'GET', `/api/v1/training/staff/${userId}/standing`, undefined, bearer);

export const aClinicWithTraining = async (gatewayUrl: string): Promise<ClinicWithTraining> => {
  const clinic = await aClinicWithAFrontDesk(gatewayUrl);
  const manager = { email: `manager.${randomUUID().slice(0, 8)}@clinic.test`, password: PASSWORD };
  await call(
    gatewayUrl,
    'POST',
    '/api/v1/staff',
    { ...manager, displayName: 'Morgan Manager', roles: ['clinic_manager'] },
    clinic.adminBearer,
  );
  const managerBearer = await signInAs(gatewayUrl, manager.email);
  const [first] = clinic.providers;
  const { userId } = await call<{ userId: string }>(
    gatewayUrl,
    'GET',
    `/api/v1/providers/${first.id}`,
    undefined,
    clinic.adminBearer,
  );
  const { email } = await call<{ email: string }>(
    gatewayUrl,
    'GET',
    `/api/v1/staff/${userId}`,
    undefined,
    clinic.adminBearer,
  );
  await eventually(async () => {
    const rows = await standingOf(gatewayUrl, userId, managerBearer);
    if (!rows.some(({ requirementName }) => requirementName === 'State licence'))
      throw new Error('training has not assigned the provider her credentials yet');
  });
  return {
    ...clinic,
    manager,
    managerBearer,
    okafor: { email, password: PASSWORD, providerId: first.id, userId, name: first.name },
    today: calendarDateIn(clinic.location.timeZone),
  };
};
