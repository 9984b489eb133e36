import {
  aClinicThroughTheGateway,
  BuiltService,
  GatewayClinic,
  startBuiltGateway,
  startBuiltIdentity,
  startBuiltScheduling,
} from '@praxis/testing';
import { RoundRobin, startRoundRobin } from './support/round-robin';

const SLOTS = 10;
const REQUESTS = 200;

/**
 * Scheduling scales out by running more processes against one database. Only the database may decide a double
 * booking then: nothing one process knows (a cache, a lock in memory) can stop the other from taking a slot.
 */
describe('front desks racing for the same slots, served by two scheduling processes', () => {
  const services: BuiltService[] = [];
  let balancer: RoundRobin;
  let gateway: BuiltService;
  let clinic: GatewayClinic;

  beforeAll(async () => {
    const [identity, first, second] = await Promise.all([
      startBuiltIdentity(),
      startBuiltScheduling(),
      startBuiltScheduling(),
    ]);
    services.push(identity, first, second);
    balancer = await startRoundRobin([first.url, second.url]);
    gateway = await startBuiltGateway({ identity: identity.url, scheduling: balancer.url });
    services.push(gateway);
    clinic = await aClinicThroughTheGateway(gateway.url);
  }, 120_000);
  afterAll(async () => {
    await balancer?.stop();
    await Promise.all(services.map((service) => service.stop()));
  });

  const book = async (startsAt: string, patientId: string) => {
    const response = await fetch(`${gateway.url}/api/v1/appointments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: clinic.bearer },
      body: JSON.stringify({
        patientId,
        providerId: clinic.providerId,
        locationId: clinic.locationId,
        appointmentTypeId: clinic.appointmentTypeId,
        startsAt,
      }),
    });
    const body = (await response.json()) as { nextFreeSlots?: unknown[] };
    return { status: response.status, alternatives: body.nextFreeSlots?.length ?? 0 };
  };

  it(`lets exactly ${SLOTS} of ${REQUESTS} concurrent bookings through, and offers the rest other slots`, async () => {
    const starts = clinic.slotStarts(SLOTS);
    const servedBefore = balancer.served();
    const answers = await Promise.all(
      Array.from({ length: REQUESTS }, (_, index) =>
        book(starts[index % SLOTS], clinic.patientIds[index % clinic.patientIds.length]),
      ),
    );
    const servedInRace = balancer.served().map((count, index) => count - servedBefore[index]);
    expect(servedInRace).toEqual([REQUESTS / 2, REQUESTS / 2]);
    const booked = answers.filter((answer) => answer.status === 201).length;
    const refusedWithAlternatives = answers.filter((answer) => answer.status === 409 && answer.alternatives > 0).length;
    expect({ booked, refusedWithAlternatives, other: REQUESTS - booked - refusedWithAlternatives }).toEqual({
      booked: SLOTS,
      refusedWithAlternatives: REQUESTS - SLOTS,
      other: 0,
    });
    const day = starts[0].slice(0, 10);
    const view = await fetch(
      `${gateway.url}/api/v1/schedules/providers/${clinic.providerId}?date=${day}&timeZone=${clinic.timeZone}`,
      {
        headers: { authorization: clinic.bearer },
      },
    ).then((response) => response.json() as Promise<{ appointments: Array<{ startsAt: string }> }>);
    expect(view.appointments.map((appointment) => Date.parse(appointment.startsAt))).toEqual(
      starts.map((start) => Date.parse(start)),
    );
  });
});
