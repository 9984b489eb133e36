import autocannon from 'autocannon';
import { DateTime } from 'luxon';

export interface LoadFigures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Answers other than 2xx, and connections that failed. */
  errors: number;
  /** How many requests were answered in the measured run (warm-up aside). */
  answered?: number;
  /** What the errors were, e.g. "3 x 504, 1 x timeout", so a reader need not guess. */
  errorKinds?: string;
}

export const SECONDS = 10;

const errorKindsOf = (result: autocannon.Result): string => {
  const statuses =
    (result as autocannon.Result & { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {};
  const answers = Object.entries(statuses)
    .filter(([status]) => !status.startsWith('2'))
    .map(([status, { count }]) => `${count} x ${status}`);
  const failures = [
    result.timeouts && `${result.timeouts} x timeout`,
    result.errors - result.timeouts && `${result.errors - result.timeouts} x connection error`,
  ];
  return [...answers, ...failures.filter(Boolean)].join(', ');
};

export const figuresOf = (result: autocannon.Result): LoadFigures => ({
  requestsPerSecond: Math.round(result.requests.average),
  p50: result.latency.p50,
  p99: result.latency.p99,
  errors: result.non2xx + result.errors,
  answered: result.requests.total,
  errorKinds: errorKindsOf(result),
});

/** Enough requests for V8 to compile the hot path and the pools to fill, so the order of measurements matters less. */
export const WARM_UP_REQUESTS = 200;

/** One measurement: autocannon for SECONDS at the given concurrency (after a warm-up), unless it is told how many requests to send. */
export const measure = async (options: autocannon.Options): Promise<LoadFigures> => {
  if (options.amount !== undefined) return figuresOf(await autocannon(options));
  await autocannon({ ...options, amount: WARM_UP_REQUESTS });
  return figuresOf(await autocannon({ duration: SECONDS, ...options }));
};

/**
 * Leaves out the days a clock changes in the clinic's zone, and any start met twice: a start in the skipped hour
 * does not exist, and the list's visits around it slide onto later ones; the benchmark measures bookings, not
 * those refusals.
 */
export const withoutClockChanges = (starts: string[], timeZone: string): string[] => {
  const seen = new Set<number>();
  return starts.filter((start) => {
    const local = DateTime.fromISO(start, { zone: timeZone });
    const fresh = !seen.has(local.toMillis());
    seen.add(local.toMillis());
    return fresh && local.startOf('day').offset === local.endOf('day').offset;
  });
};

/** Each request asks for the next start from the list, so no two requests of a run compete for one slot. */
export const distinctSlots = (starts: string[]) => {
  let next = 0;
  return {
    take: (): string => {
      if (next >= starts.length) throw new Error('ran out of distinct slots: raise the slot budget');
      return starts[next++];
    },
  };
};

export type SlotSupply = ReturnType<typeof distinctSlots>;

export const percentile = (sorted: number[], fraction: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
