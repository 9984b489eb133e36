import { randomUUID } from 'node:crypto';
import {
  aClinicThroughTheGateway,
  GatewayClinic,
  serviceTestEnvironment,
  SharedInfrastructure,
  startBuiltGateway,
  startBuiltService,
  TEST_ACCESS_SECRET,
} from '@praxis/testing';
import { actorOf } from './clinic-actor';
import { startBookingFloor } from './floors/booking-floor';
import { FLOOR_TENANT_HEADER, FLOOR_USER_HEADER, FloorServer } from './floors/floor-server';
import { startStaffReadFloor } from './floors/staff-read-floor';
import { normalisedSql, RecordedStatement, StatementRecorder, transactionsOf } from './statement-recorder';

export interface StatementComparison {
  route: string[];
  floor: string[];
  inStep: boolean;
}

/** Long enough for pollers and consumers that a previous step woke to finish their transactions. */
const SETTLE_MS = 500;
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

/** Consumers record the event in the inbox; a route never does, so their transactions are told apart by it. */
const isConsumerTransaction = (transaction: RecordedStatement[]) =>
  transaction.some((statement) => /\binbox_events\b/.test(statement.sql));

/** The tenant arrives as a parameter today; a statement that spells it out inline counts as well. */
const mentionsTheTenant = (statement: RecordedStatement, tenantId: string) =>
  statement.parameters.includes(tenantId) || statement.sql.includes(tenantId);

/** The statements of every transaction one call ran for the tenant, in order; pollers and consumers left out. */
const statementsOfOneCall = async (
  recorder: StatementRecorder,
  tenantId: string,
  call: () => Promise<Response>,
): Promise<string[]> => {
  await settle();
  recorder.clear();
  const response = await call();
  if (!response.ok) throw new Error(`the recorded call answered ${response.status}: ${await response.text()}`);
  await settle();
  return transactionsOf(recorder.statements())
    .filter(
      (transaction) =>
        transaction.some((statement) => mentionsTheTenant(statement, tenantId)) && !isConsumerTransaction(transaction),
    )
    .flat()
    .map(normalisedSql);
};

const compared = (route: string[], floor: string[]): StatementComparison => ({
  route,
  floor,
  inStep: route.length === floor.length && route.every((sql, index) => sql === floor[index]),
});

interface Recorded {
  identity: StatementRecorder;
  scheduling: StatementRecorder;
}

const floorHeaders = (tenantId: string, userId: string) => ({
  [FLOOR_TENANT_HEADER]: tenantId,
  [FLOOR_USER_HEADER]: userId,
});

const bookingBody = (clinic: GatewayClinic, startsAt: string) =>
  JSON.stringify({
    patientId: clinic.patientIds[0],
    providerId: clinic.providerId,
    locationId: clinic.locationId,
    appointmentTypeId: clinic.appointmentTypeId,
    startsAt,
  });

const compareRoutes = async (
  gatewayUrl: string,
  recorded: Recorded,
  floors: { staffRead: FloorServer; booking: FloorServer },
) => {
  const clinic = await aClinicThroughTheGateway(gatewayUrl, { patients: 1 });
  const { tenantId, userId } = await actorOf(clinic);
  const staffPath = `/api/v1/staff/${userId}`;
  const staffRead = compared(
    await statementsOfOneCall(recorded.identity, tenantId, () =>
      fetch(`${gatewayUrl}${staffPath}`, { headers: { authorization: clinic.bearer } }),
    ),
    await statementsOfOneCall(recorded.identity, tenantId, () =>
      fetch(`${floors.staffRead.url}${staffPath}`, { headers: floorHeaders(tenantId, userId) }),
    ),
  );
  const [routeSlot, floorSlot] = clinic.slotStarts(2, 2);
  const post = (url: string, headers: Record<string, string>, startsAt: string) =>
    fetch(`${url}/api/v1/appointments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: bookingBody(clinic, startsAt),
    });
  const booking = compared(
    await statementsOfOneCall(recorded.scheduling, tenantId, () =>
      post(gatewayUrl, { authorization: clinic.bearer }, routeSlot),
    ),
    await statementsOfOneCall(recorded.scheduling, tenantId, () =>
      post(floors.booking.url, floorHeaders(tenantId, userId), floorSlot),
    ),
  );
  return { staffRead, booking };
};

/**
 * Identity and scheduling reach PostgreSQL through statement recorders, and so do the floors; one call of each
 * route and of its floor tells whether the floor still sends what the route sends.
 */
export const compareRoutesWithTheirFloors = async (shared: SharedInfrastructure) => {
  const recorded = {
    identity: await StatementRecorder.start(shared.databases.identity.DATABASE_URL),
    scheduling: await StatementRecorder.start(shared.databases.scheduling.DATABASE_URL),
  };
  const ownGroup = (service: string) => ({ KAFKA_CONSUMER_GROUP: `praxis-${service}-recorded-${randomUUID()}` });
  const identity = await startBuiltService('identity', {
    ...serviceTestEnvironment('identity'),
    ACCESS_TOKEN_SECRET: TEST_ACCESS_SECRET,
    DATABASE_URL: recorded.identity.url,
    ...ownGroup('identity'),
  });
  const scheduling = await startBuiltService('scheduling', {
    ...serviceTestEnvironment('scheduling'),
    DATABASE_URL: recorded.scheduling.url,
    ...ownGroup('scheduling'),
  });
  const gateway = await startBuiltGateway({ identity: identity.url, scheduling: scheduling.url });
  const floors = {
    staffRead: await startStaffReadFloor(recorded.identity.url),
    booking: await startBookingFloor(recorded.scheduling.url),
  };
  try {
    return await compareRoutes(gateway.url, recorded, floors);
  } finally {
    await Promise.all([floors.staffRead.stop(), floors.booking.stop(), gateway.stop()]);
    await Promise.all([scheduling.stop(), identity.stop()]);
    await Promise.all([recorded.identity.stop(), recorded.scheduling.stop()]);
  }
};

/** What a reader needs when a floor has fallen out of step: the first statement where the two part. */
export const describeDifference = ({ route, floor }: StatementComparison): string => {
  const index = route.findIndex((sql, at) => sql !== floor[at]);
  const at = index === -1 ? Math.min(route.length, floor.length) : index;
  return `statement ${at + 1}: route sends ${route[at] ?? '(nothing)'}\n  floor sends ${floor[at] ?? '(nothing)'}`;
};
