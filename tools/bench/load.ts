import autocannon from 'autocannon';

export interface LoadFigures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Answers other than 2xx, and connections that failed. */
  errors: number;
}

export const SECONDS = 10;

export const figuresOf = (result: autocannon.Result): LoadFigures => ({
  requestsPerSecond: Math.round(result.requests.average),
  p50: result.latency.p50,
  p99: result.latency.p99,
  errors: result.non2xx + result.errors,
});

/** Enough requests for V8 to compile the hot path and the pools to fill, so the order of measurements matters less. */
const WARM_UP_REQUESTS = 200;

/** One measurement: autocannon for SECONDS at the given concurrency (after a warm-up), unless it is told how many requests to send. */
export const measure = async (options: autocannon.Options): Promise<LoadFigures> => {
  if (options.amount !== undefined) return figuresOf(await autocannon(options));
  await autocannon({ ...options, amount: WARM_UP_REQUESTS });
  return figuresOf(await autocannon({ duration: SECONDS, ...options }));
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

export const percentile = (sorted: number[], fraction: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
