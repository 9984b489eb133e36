import { aClinicThroughTheGateway, BuiltService, BuiltSystem, GatewayClinic, startBuiltSystem } from '@praxis/testing';
import { bookedStartsOn, RACE_REQUESTS, RACE_SLOTS, raceForSlots } from './support/booking-race';

describe('front desks racing for the same slots, through the gateway', () => {
  let system: BuiltSystem;
  let gateway: BuiltService;
  let clinic: GatewayClinic;

  beforeAll(async () => {
    system = await startBuiltSystem();
    gateway = system.gateway;
    clinic = await aClinicThroughTheGateway(gateway.url);
  }, 120_000);
  afterAll(async () => {
    await system?.stop();
  });

  it(`lets exactly ${RACE_SLOTS} of ${RACE_REQUESTS} concurrent bookings through, and offers the rest other slots`, async () => {
    const starts = clinic.slotStarts(RACE_SLOTS);
    expect(await raceForSlots(gateway.url, clinic, starts)).toEqual({
      booked: RACE_SLOTS,
      refusedWithAlternatives: RACE_REQUESTS - RACE_SLOTS,
      other: 0,
    });
    expect(await bookedStartsOn(gateway.url, clinic, starts[0].slice(0, 10))).toEqual(
      starts.map((start) => Date.parse(start)),
    );
  });
});
