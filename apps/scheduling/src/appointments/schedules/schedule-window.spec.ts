import { RequestValidationError } from '@praxis/platform';
import { scheduleWindow } from './schedule-window';

describe('schedule windows', () => {
  it('makes the spring-forward day 23 hours long in Chicago', () => {
    const { from, until } = scheduleWindow('2026-03-08', 'day', 'America/Chicago');
    expect(from.toISOString()).toBe('2026-03-08T06:00:00.000Z');
    expect((until.getTime() - from.getTime()) / 3_600_000).toBe(23);
  });

  it('makes the fall-back day 25 hours long', () => {
    const { from, until } = scheduleWindow('2026-11-01', 'day', 'America/Chicago');
    expect((until.getTime() - from.getTime()) / 3_600_000).toBe(25);
  });

  it('starts a week on its Monday', () => {
    const { from } = scheduleWindow('2026-11-26', 'week', 'America/New_York');
    expect(from.toISOString()).toBe('2026-11-23T05:00:00.000Z');
  });

  it('refuses impossible dates', () => {
    expect(() => scheduleWindow('2026-02-30', 'day', 'UTC')).toThrow(RequestValidationError);
  });
});
