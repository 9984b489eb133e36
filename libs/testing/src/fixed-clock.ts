import { Clock } from '@praxis/platform';

/** A clock a test sets and moves by hand, so a use case can be tried on the day, and at the minute, it needs. */
export class FixedClock extends Clock {
  constructor(private instant: Date = new Date('2026-03-02T15:00:00Z')) {
    super();
  }

  now(): Date {
    return new Date(this.instant);
  }

  set(instant: Date | string): void {
    this.instant = new Date(instant);
  }

  advance(milliseconds: number): void {
    this.instant = new Date(this.instant.getTime() + milliseconds);
  }
}
