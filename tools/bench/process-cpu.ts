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
 * Runs a measurement and answers what each named process spent in CPU per unit of work it did, as "name 0.12 ms":
 * far less sensitive to a busy machine than throughput, and the figure a change to a service's hot path moves.
 */
export const withCpuPerUnit = async <Result>(
  processes: Record<string, number | undefined>,
  run: () => Promise<Result>,
  unitsOf: (result: Result) => number,
): Promise<{ result: Result; perUnit: string }> => {
  const measured = Object.entries(processes).filter((entry): entry is [string, number] => entry[1] !== undefined);
  const before = measured.map(([, pid]) => cpuSeconds(pid));
  const result = await run();
  const units = unitsOf(result);
  const perUnit = measured.map(
    ([name, pid], index) => `${name} ${(((cpuSeconds(pid) - before[index]) * 1000) / units).toFixed(2)} ms`,
  );
  return { result, perUnit: perUnit.join(', ') };
};

/** CPU per answered request (warm-up included) of each named process over a load measurement. */
export const withCpuPerRequest = async (
  processes: Record<string, number | undefined>,
  run: () => Promise<LoadFigures>,
): Promise<{ figures: LoadFigures; note: string }> => {
  const { result, perUnit } = await withCpuPerUnit(
    processes,
    run,
    (figures) => (figures.answered ?? 0) + WARM_UP_REQUESTS,
  );
  return { figures: result, note: `CPU per request: ${perUnit}` };
};
