import { clinicToday, expiryOf, standingOf } from './training-status';

const annual = { recurrence: 'months' as const, everyMonths: 12 };

describe('training status', () => {
  it('renews a 12-month course taken on 29 February on the last day of the next February', () => {
    expect(expiryOf(annual, '2024-02-29', null)).toBe('2025-02-28');
    expect(expiryOf({ recurrence: 'months', everyMonths: 48 }, '2024-02-29', null)).toBe('2028-02-29');
  });

  it('takes a credential’s expiry from its certificate and a one-time course never lapses', () => {
    expect(expiryOf({ recurrence: 'printed_expiry', everyMonths: null }, '2026-01-05', '2027-06-30')).toBe(
      '2027-06-30',
    );
    expect(expiryOf({ recurrence: 'once', everyMonths: null }, '2026-01-05', null)).toBeNull();
  });

  it('reads the date on the clinic’s calendar, across the night clocks spring forward', () => {
    // 2026-03-08 02:00 in Chicago is skipped: 07:30Z is still the 8th there and already the 8th in UTC.
    expect(clinicToday(new Date('2026-03-08T07:30:00Z'), 'America/Chicago')).toBe('2026-03-08');
    // 04:30Z on 9 March is still the evening of the 8th in Chicago, now on daylight time (UTC-5).
    expect(clinicToday(new Date('2026-03-09T04:30:00Z'), 'America/Chicago')).toBe('2026-03-08');
    expect(clinicToday(new Date('2026-11-01T05:30:00Z'), 'America/Chicago')).toBe('2026-11-01');
  });

  it('is due within 30 days of the first deadline, overdue only once the grace has run out', () => {
    const firstDeadline = { dueOn: '2026-04-01', graceDays: 7, completedOn: null, expiresOn: null };
    expect(standingOf(firstDeadline, '2026-02-15').status).toBe('not_started');
    expect(standingOf(firstDeadline, '2026-03-02').status).toBe('due');
    expect(standingOf(firstDeadline, '2026-04-08').status).toBe('due');
    expect(standingOf(firstDeadline, '2026-04-09').status).toBe('overdue');
  });

  it('counts the expiry date itself as valid, then the grace, then expired', () => {
    const licence = { dueOn: '2025-01-01', graceDays: 0, completedOn: '2025-01-01', expiresOn: '2026-03-31' };
    expect(standingOf(licence, '2026-02-15').status).toBe('compliant');
    expect(standingOf(licence, '2026-03-02').status).toBe('expiring_soon');
    expect(standingOf(licence, '2026-03-31').status).toBe('expiring_soon');
    expect(standingOf(licence, '2026-04-01')).toEqual({ status: 'expired', deadline: '2026-03-31' });
    expect(standingOf({ ...licence, graceDays: 14 }, '2026-04-14').status).toBe('due');
  });

  it('keeps a one-time course compliant for good', () => {
    const hipaa = { dueOn: '2020-01-01', graceDays: 0, completedOn: '2020-01-02', expiresOn: null };
    expect(standingOf(hipaa, '2099-12-31')).toEqual({ status: 'compliant', deadline: null });
  });
});
