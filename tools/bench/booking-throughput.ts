import { join } from 'node:path';
import { withEphemeralInfrastructure } from '@praxis/dev-stack';
import {
  aClinicThroughTheGateway,
  GatewayClinic,
  internalHeaders,
  SharedInfrastructure,
  startBuiltGateway,
  startBuiltIdentity,
  startBuiltScheduling,
  TEST_INFRASTRUCTURE_VARIABLE,
} from '@praxis/testing';
import { bookDistinctSlots, BookingTarget, raceForSlots, seedBookings } from './booking-load';
import { actorOf } from './clinic-actor';
import { startBookingFloor } from './floors/booking-floor';
import { FLOOR_TENANT_HEADER, FLOOR_USER_HEADER } from './floors/floor-server';
import { distinctSlots, measure, SECONDS, withoutClockChanges } from './load';
import { pgbenchOneRowInserts } from './pgbench';
import { withCpuPerRequest } from './process-cpu';
import { residentMegabytes } from './process-memory';
import { printReport, printStatementDifference, ReportRow, statementCheckRow } from './report';
import { compareRoutesWithTheirFloors, StatementComparison } from './route-statements';

const FEW_CLIENTS = 16;
const MANY_CLIENTS = 64;
const RACE = { clients: 200, slots: 10 };
const EXISTING_BOOKINGS = 500;
const SLOT_SEARCHES = 200;
const SEARCH_DAYS = 30;
/** Enough distinct starts for every measurement of a fast run. */
const DISTINCT_SLOTS = 40_000;
/** Open round the clock, so those starts lie within about fourteen months. */
const ALL_DAY = { start: '00:00', end: '23:45' };
const UNLIMITED = { RATE_LIMIT_USER_PER_MINUTE: '100000000', RATE_LIMIT_TENANT_PER_MINUTE: '100000000' };

interface Targets {
  gateway: (clinic: GatewayClinic) => Promise<BookingTarget>;
  scheduling: (clinic: GatewayClinic) => Promise<BookingTarget>;
  floor: (clinic: GatewayClinic) => Promise<BookingTarget>;
  /** The processes whose CPU per request each target's rows note. */
  pids: Record<'gateway' | 'scheduling', Record<string, number | undefined>>;
}

/** Bookings on distinct slots at 16 and 64 clients: the route directly, through the gateway, on its floor, and pgbench. */
const throughput = async (gatewayUrl: string, targets: Targets, adminUrl: string): Promise<ReportRow[]> => {
  const clinic = await aClinicThroughTheGateway(gatewayUrl, { patients: 20, hours: ALL_DAY });
  const slots = distinctSlots(withoutClockChanges(clinic.slotStarts(DISTINCT_SLOTS, 2), clinic.timeZone));
  const book = async (target: 'gateway' | 'scheduling' | 'floor', clients: number) =>
    bookDistinctSlots(await targets[target](clinic), clinic, slots, clients);
  const booked = async (target: 'gateway' | 'scheduling', clients: number) =>
    withCpuPerRequest(targets.pids[target], () => book(target, clients));
  const floor = `booking floor, ${FEW_CLIENTS} clients`;
  const pgbench = (clients: number) => `pgbench 1-row insert, ${clients} clients`;
  const onFloor = await book('floor', FEW_CLIENTS);
  const direct = await booked('scheduling', FEW_CLIENTS);
  const viaGateway = await booked('gateway', FEW_CLIENTS);
  const manyViaGateway = await booked('gateway', MANY_CLIENTS);
  const [fewInserts, manyInserts] = [
    await pgbenchOneRowInserts(adminUrl, FEW_CLIENTS, SECONDS),
    await pgbenchOneRowInserts(adminUrl, MANY_CLIENTS, SECONDS),
  ];
  return [
    { name: floor, figures: onFloor },
    { name: `scheduling directly, ${FEW_CLIENTS} clients`, ...direct, against: floor },
    { name: `through the gateway, ${FEW_CLIENTS} clients`, ...viaGateway, against: floor },
    { name: pgbench(FEW_CLIENTS), figures: fewInserts },
    {
      name: `through the gateway vs pgbench, ${FEW_CLIENTS} clients`,
      figures: viaGateway.figures,
      against: pgbench(FEW_CLIENTS),
    },
    { name: pgbench(MANY_CLIENTS), figures: manyInserts },
    { name: `through the gateway, ${MANY_CLIENTS} clients`, ...manyViaGateway, against: pgbench(MANY_CLIENTS) },
  ];
};

const race = async (gatewayUrl: string, targets: Targets): Promise<ReportRow> => {
  const clinic = await aClinicThroughTheGateway(gatewayUrl, { patients: 20, hours: ALL_DAY });
  const outcome = await raceForSlots(
    await targets.gateway(clinic),
    clinic,
    clinic.slotStarts(RACE.slots, 2),
    RACE.clients,
  );
  return {
    name: `race: ${RACE.clients} clients, ${RACE.slots} slots`,
    figures: { p50: outcome.p50, p99: outcome.p99, errors: outcome.serverErrors + outcome.other },
    note: `${outcome.booked} booked, ${outcome.refused} x 409, ${outcome.serverErrors} x 5xx, ${outcome.other} other`,
  };
};

/** A month of a busy provider's calendar: the search has to step around every booking. */
const slotSearch = async (gatewayUrl: string, targets: Targets): Promise<ReportRow> => {
  const clinic = await aClinicThroughTheGateway(gatewayUrl, { patients: 20, hours: { start: '08:00', end: '18:00' } });
  const month = clinic.slotStarts(40 * SEARCH_DAYS, 1);
  const spread = Math.floor(month.length / EXISTING_BOOKINGS);
  await seedBookings(
    await targets.gateway(clinic),
    clinic,
    month.filter((_, index) => index % spread === 0).slice(0, EXISTING_BOOKINGS),
  );
  const query = new URLSearchParams({
    appointmentTypeId: clinic.appointmentTypeId,
    locationId: clinic.locationId,
    providerId: clinic.providerId,
    from: month[0].slice(0, 10),
    to: month[month.length - 1].slice(0, 10),
  });
  const figures = await measure({
    url: `${gatewayUrl}/api/v1/slots?${query}`,
    connections: 1,
    amount: SLOT_SEARCHES,
    headers: { authorization: clinic.bearer },
  });
  return {
    name: `slot search, ${SEARCH_DAYS} days, ${EXISTING_BOOKINGS} bookings`,
    figures,
    note: `${SLOT_SEARCHES} searches, one at a time, through the gateway`,
  };
};

const run = async (
  shared: SharedInfrastructure,
): Promise<{ rows: ReportRow[]; floorStatements: StatementComparison }> => {
  const inStep = await compareRoutesWithTheirFloors(shared);
  const identity = await startBuiltIdentity();
  const scheduling = await startBuiltScheduling();
  const gateway = await startBuiltGateway({ identity: identity.url, scheduling: scheduling.url }, UNLIMITED);
  const floor = await startBookingFloor(shared.databases.scheduling.DATABASE_URL);
  const targets: Targets = {
    gateway: async (clinic) => ({ url: gateway.url, headers: { authorization: clinic.bearer } }),
    scheduling: async (clinic) => ({
      url: scheduling.url,
      headers: await internalHeaders({ ...(await actorOf(clinic)), roles: ['admin'] }),
    }),
    pids: {
      gateway: { gateway: gateway.pid, scheduling: scheduling.pid },
      scheduling: { scheduling: scheduling.pid },
    },
    floor: async (clinic) => {
      const { tenantId, userId } = await actorOf(clinic);
      return { url: floor.url, headers: { [FLOOR_TENANT_HEADER]: tenantId, [FLOOR_USER_HEADER]: userId } };
    },
  };
  try {
    const rows = [
      statementCheckRow('POST /appointments', inStep.booking),
      ...(await throughput(gateway.url, targets, shared.adminDatabaseUrl)),
    ];
    rows.push(await race(gateway.url, targets), await slotSearch(gateway.url, targets));
    for (const [name, service] of Object.entries({ identity, scheduling, gateway }))
      rows.push({ name: `RSS ${name}`, note: `${residentMegabytes(service.pid) ?? '?'} MiB after the run` });
    return { rows, floorStatements: inStep.booking };
  } finally {
    await floor.stop();
    await gateway.stop();
    await scheduling.stop();
    await identity.stop();
  }
};

void withEphemeralInfrastructure(
  join(__dirname, '..', '..'),
  { checkDrift: false, environment: {} },
  async (shared) => {
    process.env[TEST_INFRASTRUCTURE_VARIABLE] = JSON.stringify(shared);
    const { rows, floorStatements } = await run(shared);
    printReport(`POST /api/v1/appointments on distinct slots, ${SECONDS} s per measurement`, rows);
    printStatementDifference('POST /api/v1/appointments', floorStatements);
  },
);
