import { Injectable } from '@nestjs/common';

/**
 * The one source of "now" for use cases, consumers and jobs. A use case that read the system clock could not be
 * tested on a fixed date: tests replace this provider with a clock they set.
 */
export abstract class Clock {
  abstract now(): Date;
}

@Injectable()
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
