const ORPHAN_CHECK_MS = 500;

/**
 * Runs `stop` once, then exits, on Ctrl-C, SIGTERM, a closed terminal, or when the parent goes away without a
 * word: `npm` killed with SIGKILL leaves this process to init, which shows as a new parent pid.
 */
export const stopOnSignalOrOrphaning = (stop: () => Promise<void>, announce: () => void): void => {
  const parent = process.ppid;
  let stopping = false;
  const stopOnce = () => {
    if (stopping) return;
    stopping = true;
    announce();
    void stop().finally(() => process.exit(0));
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stopOnce);
  setInterval(() => {
    if (process.ppid !== parent) stopOnce();
  }, ORPHAN_CHECK_MS).unref();
};
