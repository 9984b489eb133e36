import { readFileSync } from 'node:fs';
import { LoadFigures, WARM_UP_REQUESTS } from './load';

/** Linux reports process times in clock ticks of 1/100 s (USER_HZ) on every architecture Node runs on. */
const TICKS_PER_SECOND = 100;

/** User plus system CPU seconds a process has used so far, from /proc/<pid>/stat (fields 14 and 15). */
const cpuSeconds = (pid: number): number => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
};

/**
 * Runs a measurement and notes what each named process spent in CPU per answered request (warm-up included): far
 * less sensitive to a busy machine than throughput, and the figure the gateway's and services' changes move.
 */
export const withCpuPerRequest = async (
  processes: Record<string, number | undefined>,
  run: () => Promise<LoadFigures>,
): Promise<{ figures: LoadFigures; note: string }> => {
  const measured = Object.entries(processes).filter((entry): entry is [string, number] => entry[1] !== undefined);
  const before = measured.map(([, pid]) => cpuSeconds(pid));
  const figures = await run();
  const requests = (figures.answered ?? 0) + WARM_UP_REQUESTS;
  const perRequest = measured.map(
    ([name, pid], index) => `${name} ${(((cpuSeconds(pid) - before[index]) * 1000) / requests).toFixed(2)} ms`,
  );
  return { figures, note: `CPU per request: ${perRequest.join(', ')}` };
};
