import { generateSlots, slotGridAround, slotStepMinutes, SlotSearch } from './slot-generation';
import { wallClockInstant } from './wall-clock';
import { LocationCalendar } from './working-windows';

const CHICAGO = 'America/Chicago';
const drGrey = 'provider-grey';
const drHouse = 'provider-house';
const downtown = 'location-downtown';
const LONG_AGO = new Date('2020-01-01T00:00:00Z');

const aCalendar = (overrides: Partial<LocationCalendar> = {}): LocationCalendar => ({
  locationId: downtown,
  zone: CHICAGO,
  weeklyHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    providerId: drGrey,
    locationId: downtown,
    weekday,
    start: '09:00',
    end: '17:00',
  })),
  extraHours: [],
  timeOff: [],
  closedDates: [],
  ...overrides,
});

const aSearch = (overrides: Partial<SlotSearch> = {}): SlotSearch => ({
  calendar: aCalendar(),
  providerIds: [drGrey],
  from: '2026-03-09',
  to: '2026-03-09',
  visit: { durationMinutes: 30, bufferBeforeMinutes: 0, bufferAfterMinutes: 0 },
  booked: [],
  notBefore: LONG_AGO,
  ...overrides,
});

const times = (search: SlotSearch) => generateSlots(search).map((slot) => slot.localTime);

describe('slot generation', () => {
  it('offers every start on the 15-minute grid whose visit fits inside working hours', () => {
    const slots = generateSlots(aSearch());
    expect(slots).toHaveLength(31);
    expect(slots[0]).toEqual({
      providerId: drGrey,
      locationId: downtown,
      startsAt: '2026-03-09T09:00:00-05:00',
      endsAt: '2026-03-09T09:30:00-05:00',
      localDate: '2026-03-09',
      localTime: '09:00',
    });
    expect(slots[30].localTime).toBe('16:30');
  });

  it('steps 15, 10 or 5 minutes by what the visit length fits', () => {
    expect([15, 30, 60, 20, 50, 25, 5].map(slotStepMinutes)).toEqual([15, 15, 15, 10, 10, 5, 5]);
    expect(
      times(aSearch({ visit: { durationMinutes: 20, bufferBeforeMinutes: 0, bufferAfterMinutes: 0 } })).slice(0, 3),
    ).toEqual(['09:00', '09:10', '09:20']);
  });

  it.each([
    ['spring forward', '2026-03-08', '-05:00'],
    ['fall back', '2026-11-01', '-06:00'],
  ])('keeps 09:00–17:00 local on the %s day, with as many slots as a normal day', (_, date, offset) => {
    const slots = generateSlots(aSearch({ from: date, to: date }));
    expect(slots).toHaveLength(31);
    expect(slots[0].startsAt).toBe(`${date}T09:00:00${offset}`);
    expect(slots[30].endsAt).toBe(`${date}T17:00:00${offset}`);
  });

  it('reads a wall-clock time skipped by spring forward with the offset before the gap, and an ambiguous one as its first occurrence', () => {
    expect(wallClockInstant('2026-03-08', '02:30', CHICAGO).toISO()).toBe('2026-03-08T03:30:00.000-05:00');
    expect(wallClockInstant('2026-11-01', '01:30', CHICAGO).toISO()).toBe('2026-11-01T01:30:00.000-05:00');
  });

  it('spans the real elapsed time of a night shift across the spring-forward gap', () => {
    const night = aCalendar({
      weeklyHours: [{ providerId: drGrey, locationId: downtown, weekday: 7, start: '01:00', end: '04:00' }],
    });
    expect(
      times(
        aSearch({
          calendar: night,
          from: '2026-03-08',
          to: '2026-03-08',
          visit: { durationMinutes: 60, bufferBeforeMinutes: 0, bufferAfterMinutes: 0 },
        }),
      ),
    ).toEqual(['01:00', '01:15', '01:30', '01:45', '03:00']);
  });

  it('removes holidays and time off, and adds extra hours', () => {
    const calendar = aCalendar({
      closedDates: ['2026-03-10'],
      timeOff: [
        { providerId: drGrey, startsAt: new Date('2026-03-09T15:00:00Z'), endsAt: new Date('2026-03-09T21:00:00Z') },
        { providerId: drGrey, fromDate: '2026-03-11', toDate: '2026-03-11' },
      ],
      extraHours: [{ providerId: drGrey, locationId: downtown, date: '2026-03-12', start: '17:00', end: '18:00' }],
    });
    const slots = generateSlots(
      aSearch({
        calendar,
        from: '2026-03-09',
        to: '2026-03-12',
        visit: { durationMinutes: 60, bufferBeforeMinutes: 0, bufferAfterMinutes: 0 },
      }),
    );
    const byDate = (date: string) => slots.filter((slot) => slot.localDate === date).map((slot) => slot.localTime);
    expect(byDate('2026-03-09')).toEqual(['09:00', '16:00']);
    expect(byDate('2026-03-10')).toEqual([]);
    expect(byDate('2026-03-11')).toEqual([]);
    expect(byDate('2026-03-12')).toHaveLength(33);
  });

  it('keeps the new visit and its buffers clear of other appointments’ blocked time', () => {
    const booked = [
      { providerId: drGrey, from: new Date('2026-03-09T15:00:00Z'), until: new Date('2026-03-09T16:00:00Z') },
    ];
    const visit = { durationMinutes: 30, bufferBeforeMinutes: 15, bufferAfterMinutes: 15 };
    const free = times(aSearch({ booked, visit }));
    expect(free).toContain('09:15');
    expect(free).not.toContain('09:30');
    expect(free).not.toContain('10:45');
    expect(free).toContain('11:15');
    expect(times(aSearch({ booked: booked.map((held) => ({ ...held, providerId: drHouse })) }))).toHaveLength(31);
  });

  it('offers nothing in the past', () => {
    const notBefore = new Date('2026-03-09T20:07:00Z');
    expect(times(aSearch({ notBefore }))).toEqual(['15:15', '15:30', '15:45', '16:00', '16:15', '16:30']);
  });

  it('puts the first start back on the grid when time off ends off it', () => {
    const calendar = aCalendar({
      timeOff: [
        { providerId: drGrey, startsAt: new Date('2026-03-09T14:00:00Z'), endsAt: new Date('2026-03-09T15:07:00Z') },
      ],
    });
    expect(times(aSearch({ calendar }))[0]).toBe('10:15');
  });

  it('orders slots of several providers by time, then provider, and honours the limit', () => {
    const calendar = aCalendar({
      weeklyHours: [drGrey, drHouse].map((providerId) => ({
        providerId,
        locationId: downtown,
        weekday: 1,
        start: '09:00',
        end: '10:00',
      })),
    });
    const slots = generateSlots(aSearch({ calendar, providerIds: [drHouse, drGrey], limit: 3 }));
    expect(slots.map((slot) => [slot.localTime, slot.providerId])).toEqual([
      ['09:00', drGrey],
      ['09:00', drHouse],
      ['09:15', drGrey],
    ]);
  });
});

describe('the slot grid around a requested start', () => {
  const around = (time: string, durationMinutes: number, zone = CHICAGO) => {
    const grid = slotGridAround(wallClockInstant('2026-03-09', time, zone).toJSDate(), zone, durationMinutes);
    return { onGrid: grid.onGrid, before: grid.before.toFormat('HH:mm'), after: grid.after.toFormat('HH:mm') };
  };

  it('finds a start slot search would offer on the grid', () => {
    expect(around('09:45', 30)).toEqual({ onGrid: true, before: '09:45', after: '09:45' });
  });

  it('names the grid times either side of a start off it, on the visit length’s own step', () => {
    expect(around('09:47', 30)).toEqual({ onGrid: false, before: '09:45', after: '10:00' });
    expect(around('09:47', 20)).toEqual({ onGrid: false, before: '09:40', after: '09:50' });
  });

  it('reads the grid on the location’s wall clock, even where its UTC offset is not whole hours', () => {
    expect(around('09:30', 60, 'Asia/Kolkata')).toEqual({ onGrid: true, before: '09:30', after: '09:30' });
  });
});
