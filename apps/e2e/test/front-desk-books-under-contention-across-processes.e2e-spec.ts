import {
  aClinicThroughTheGateway,
  BuiltService,
  GatewayClinic,
  startBuiltGateway,
  startBuiltIdentity,
  startBuiltScheduling,
} from '@praxis/testing';
import { bookedStartsOn, RACE_REQUESTS, RACE_SLOTS, raceForSlots } from './support/booking-race';
import { RoundRobin, startRoundRobin } from './support/round-robin';

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

  it(`lets exactly ${RACE_SLOTS} of ${RACE_REQUESTS} concurrent bookings through, and offers the rest other slots`, async () => {
    const starts = clinic.slotStarts(RACE_SLOTS);
    const servedBefore = balancer.served();
    const outcome = await raceForSlots(gateway.url, clinic, starts);
    const servedInRace = balancer.served().map((count, index) => count - servedBefore[index]);
    expect(servedInRace).toEqual([RACE_REQUESTS / 2, RACE_REQUESTS / 2]);
    expect(outcome).toEqual({ booked: RACE_SLOTS, refusedWithAlternatives: RACE_REQUESTS - RACE_SLOTS, other: 0 });
    expect(await bookedStartsOn(gateway.url, clinic, starts[0].slice(0, 10))).toEqual(
      starts.map((start) => Date.parse(start)),
    );
  });
});
