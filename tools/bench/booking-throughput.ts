import { join } from 'node:path';
import autocannon from 'autocannon';
import { withEphemeralInfrastructure } from '@praxis/dev-stack';
import { aClinicThroughTheGateway, GatewayClinic, startBuiltGateway, startBuiltIdentity, startBuiltScheduling, TEST_INFRASTRUCTURE_VARIABLE } from '@praxis/testing';
import { LoadFigures, pgbenchOneRowInserts } from './pgbench';

const SECONDS = 10;
const CONCURRENCY = [16, 64];
const EXISTING_BOOKINGS = 500;
const SLOT_SEARCHES = 200;

const summary = (result: autocannon.Result): LoadFigures & { errors: number } => ({
  requestsPerSecond: Math.round(result.requests.average),
  p50: result.latency.p50,
  p99: result.latency.p99,
  errors: result.non2xx + result.errors,
});

/** Each request books a slot no other request asks for, so the figures measure booking, not contention. */
const bookDistinctSlots = async (gatewayUrl: string, clinic: GatewayClinic, starts: string[], connections: number) => {
  let next = 0;
  const result = await autocannon({
    url: `${gatewayUrl}/api/v1/appointments`,
    connections,
    duration: SECONDS,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: clinic.bearer },
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({
            patientId: clinic.patientIds[next % clinic.patientIds.length],
            providerId: clinic.providerId,
            locationId: clinic.locationId,
            appointmentTypeId: clinic.appointmentTypeId,
            startsAt: starts[next++],
          }),
        }),
      },
    ],
  });
  if (next > starts.length) throw new Error('ran out of distinct slots: raise the slot budget');
  return summary(result);
};

const searchSlots = async (gatewayUrl: string, clinic: GatewayClinic, from: string, to: string) => {
  const query = new URLSearchParams({ appointmentTypeId: clinic.appointmentTypeId, locationId: clinic.locationId, providerId: clinic.providerId, from, to });
  const result = await autocannon({ url: `${gatewayUrl}/api/v1/slots?${query}`, connections: 1, amount: SLOT_SEARCHES, headers: { authorization: clinic.bearer } });
  return summary(result);
};

const seedBookings = async (gatewayUrl: string, clinic: GatewayClinic, starts: string[]) => {
  for (const [index, startsAt] of starts.entries()) {
    const response = await fetch(`${gatewayUrl}/api/v1/appointments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: clinic.bearer },
      body: JSON.stringify({ patientId: clinic.patientIds[index % clinic.patientIds.length], providerId: clinic.providerId, locationId: clinic.locationId, appointmentTypeId: clinic.appointmentTypeId, startsAt }),
    });
    if (response.status !== 201) throw new Error(`seeding booking ${index} answered ${response.status}`);
  }
};

const run = async (adminUrl: string) => {
  const identity = await startBuiltIdentity();
  const scheduling = await startBuiltScheduling();
  const limits = { RATE_LIMIT_USER_PER_MINUTE: '100000000', RATE_LIMIT_TENANT_PER_MINUTE: '100000000' };
  const gateway = await startBuiltGateway({ identity: identity.url, scheduling: scheduling.url }, limits);
  try {
    const figures: Record<string, LoadFigures & { errors?: number }> = {};
    for (const connections of CONCURRENCY) {
      const clinic = await aClinicThroughTheGateway(gateway.url, { patients: 20, hours: { start: '00:00', end: '23:45' } });
      figures[`book via gateway, ${connections} clients`] = await bookDistinctSlots(gateway.url, clinic, clinic.slotStarts(20_000, 2), connections);
      figures[`pgbench 1-row insert, ${connections} clients`] = await pgbenchOneRowInserts(adminUrl, connections, SECONDS);
    }
    const searched = await aClinicThroughTheGateway(gateway.url, { patients: 20, hours: { start: '08:00', end: '18:00' } });
    const perDay = 40;
    const thirtyDays = searched.slotStarts(perDay * 30, 1).filter((_, index) => index % Math.floor((perDay * 30) / EXISTING_BOOKINGS) === 0).slice(0, EXISTING_BOOKINGS);
    await seedBookings(gateway.url, searched, thirtyDays);
    const from = thirtyDays[0].slice(0, 10);
    const to = searched.slotStarts(perDay * 30, 1)[perDay * 30 - 1].slice(0, 10);
    figures[`slot search, 30 days, ${EXISTING_BOOKINGS} bookings`] = await searchSlots(gateway.url, searched, from, to);
    console.table(figures);
    for (const connections of CONCURRENCY) {
      const booking = figures[`book via gateway, ${connections} clients`];
      const floor = figures[`pgbench 1-row insert, ${connections} clients`];
      console.log(`${connections} clients: booking/pgbench throughput ${(booking.requestsPerSecond / floor.requestsPerSecond).toFixed(3)}, p50 ${(booking.p50 / floor.p50).toFixed(1)}x, p99 ${(booking.p99 / floor.p99).toFixed(1)}x`);
    }
  } finally {
    await gateway.stop();
    await scheduling.stop();
    await identity.stop();
  }
};

void withEphemeralInfrastructure(join(__dirname, '..', '..'), { checkDrift: false, environment: {} }, async (shared) => {
  process.env[TEST_INFRASTRUCTURE_VARIABLE] = JSON.stringify(shared);
  await run(shared.adminDatabaseUrl);
});
