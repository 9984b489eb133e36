import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { LoadFigures, WARM_UP_REQUESTS } from './load';

/** Linux reports process times in clock ticks of 1/100 s (USER_HZ) on every architecture Node runs on. */
const TICKS_PER_SECOND = 100;

/** CPU seconds used so far by something measured: one process, or a server made of several. */
export type CpuReading = () => number;

/** The fields of /proc/<pid>/stat after the command name, numbered from 3 as proc(5) numbers them. */
const statFields = (pid: number): string[] => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');

const ticks = (fields: string[], ...numbers: number[]) =>
  numbers.reduce((sum, number) => sum + Number(fields[number - 3]), 0);

/** User plus system CPU seconds a process has used so far (fields 14 and 15). */
export const processCpu = (pid: number | undefined): CpuReading => {
  if (pid === undefined) throw new Error('the process to measure has not started');
  return () => ticks(statFields(pid), 14, 15) / TICKS_PER_SECOND;
};

const childrenOf = (parent: number): number[] =>
  readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      try {
        return Number(statFields(pid)[1]) === parent;
      } catch {
        return false;
      }
    });

/**
 * A PostgreSQL server's CPU: its postmaster's, its live backends' and what its ended backends used (the
 * postmaster's reaped children, fields 16 and 17). The postmaster is found from the data directory it reports.
 */
export const postgresCpu = async (adminDatabaseUrl: string): Promise<CpuReading> => {
  const client = new Client({ connectionString: adminDatabaseUrl });
  await client.connect();
  try {
    const [{ data_directory: dataDirectory }] = (await client.query('SHOW data_directory')).rows;
    const postmaster = Number(readFileSync(join(dataDirectory, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return () => {
      const backends = childrenOf(postmaster).reduce((sum, pid) => {
        try {
          return sum + ticks(statFields(pid), 14, 15);
        } catch {
          return sum;
        }
      }, 0);
      return (ticks(statFields(postmaster), 14, 15, 16, 17) + backends) / TICKS_PER_SECOND;
    };
  } finally {
    await client.end();
  }
};

/**
 * Runs a measurement and answers what each named thing spent in CPU per unit of work it did, as "name 0.12 ms": far
 * less sensitive to a busy machine than throughput, and the figure a change to a service's hot path moves.
 */
export const withCpuPerUnit = async <Result>(
  readings: Record<string, CpuReading>,
  run: () => Promise<Result>,
  unitsOf: (result: Result) => number,
): Promise<{ result: Result; perUnit: string }> => {
  const measured = Object.entries(readings);
  const before = measured.map(([, reading]) => reading());
  const result = await run();
  const units = unitsOf(result);
  const perUnit = measured.map(
    ([name, reading], index) => `${name} ${(((reading() - before[index]) * 1000) / units).toFixed(2)} ms`,
  );
  return { result, perUnit: perUnit.join(', ') };
};

/** CPU per answered request (warm-up included) of each named process over a load measurement. */
export const withCpuPerRequest = async (
  processes: Record<string, number | undefined>,
  run: () => Promise<LoadFigures>,
): Promise<{ figures: LoadFigures; note: string }> => {
  const readings = Object.fromEntries(
    Object.entries(processes).flatMap(([name, pid]) => (pid === undefined ? [] : [[name, processCpu(pid)]])),
  );
  const { result, perUnit } = await withCpuPerUnit(
    readings,
    run,
    (figures) => (figures.answered ?? 0) + WARM_UP_REQUESTS,
  );
  return { figures: result, note: `CPU per request: ${perUnit}` };
};
