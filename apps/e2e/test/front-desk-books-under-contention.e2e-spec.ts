import { bookedStartsOn, RACE_REQUESTS, RACE_SLOTS, raceForSlots } from './support/booking-race';
import { aSystemWithAClinic } from './support/system-with-a-clinic';

describe('front desks racing for the same slots, through the gateway', () => {
  const system = aSystemWithAClinic();

  it(`lets exactly ${RACE_SLOTS} of ${RACE_REQUESTS} concurrent bookings through, and offers the rest other slots`, async () => {
    const starts = system.clinic.slotStarts(RACE_SLOTS);
    expect(await raceForSlots(system.gateway.url, system.clinic, starts)).toEqual({
      booked: RACE_SLOTS,
      refusedWithAlternatives: RACE_REQUESTS - RACE_SLOTS,
      other: 0,
    });
    expect(await bookedStartsOn(system.gateway.url, system.clinic, starts[0].slice(0, 10))).toEqual(
      starts.map((start) => Date.parse(start)),
    );
  });
});
