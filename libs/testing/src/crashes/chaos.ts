/** Something the chaos can kill and bring back: a built service or the broker. */
export interface Crashable {
  crash(): Promise<void>;
  restart(): Promise<void>;
}

export interface Crash {
  target: string;
  afterMs: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const between = (min: number, max: number) => min + Math.floor(Math.random() * (max - min));

/**
 * Kills the targets at random moments, one at a time, and brings each back after a random short outage, until
 * stopped; every target is killed at least `rounds` times, in a shuffled order. `stop` waits until all are back up.
 */
export const startChaos = (targets: Record<string, Crashable>, { rounds = 2, startedAt = Date.now() } = {}) => {
  const order = Object.keys(targets)
    .flatMap((name) => Array.from({ length: rounds }, () => name))
    .sort(() => Math.random() - 0.5);
  const crashes: Crash[] = [];
  let stopping = false;
  const run = async () => {
    for (const target of order) {
      await pause(between(600, 2_000));
      if (stopping) return;
      crashes.push({ target, afterMs: Date.now() - startedAt });
      await targets[target].crash();
      await pause(between(0, 400));
      await targets[target].restart();
    }
  };
  const running = run();
  return {
    /** Resolves when every planned crash has happened and its target is back. */
    finished: () => running.then(() => crashes),
    stop: async () => {
      stopping = true;
      await running;
      return crashes;
    },
  };
};
