import { isCalendarDate, latestDateToday } from './calendar-date';

describe('calendar dates', () => {
  it.each(['2024-02-29', '2023-12-31', '1900-01-01'])('accepts the real day %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });

  it.each([
    '2023-02-29',
    '2023-02-30',
    '2023-04-31',
    '2023-13-01',
    '2023-00-10',
    '2023-1-5',
    '20230105',
    '2023-01-05T00:00:00Z',
    20230105,
  ])('refuses %s', (date) => {
    expect(isCalendarDate(date)).toBe(false);
  });

  it('takes today to be the date where it is already latest, so no newborn is refused because of the hour', () => {
    expect(latestDateToday(new Date('2025-03-01T09:59:59Z'))).toBe('2025-03-01');
    expect(latestDateToday(new Date('2025-03-01T10:00:00Z'))).toBe('2025-03-02');
  });
});
