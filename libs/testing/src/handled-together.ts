import { DataSource, EntityManager } from 'typeorm';
import { UseCaseHarness } from './use-case-harness';

type AsyncMethodOf<T> = {
  [K in keyof T]: T[K] extends (manager: EntityManager, ...rest: never[]) => Promise<unknown> ? K : never;
}[keyof T] &
  string;

type AsyncMethod = (manager: EntityManager, ...rest: unknown[]) => Promise<unknown>;

/** Where the first of two transactions handled at the same moment stops: after its next call of `target[method]`. */
export interface HeldOpen<T extends object> {
  target: T;
  /** A method taking the transaction's EntityManager first. */
  method: AsyncMethodOf<T>;
}

const somebodyWaitsFor = async (harness: UseCaseHarness, backendPid: number): Promise<boolean> => {
  const [{ waiting }] = await harness
    .get(DataSource)
    .query(`SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE $1 = ANY (pg_blocking_pids(pid))`, [
      backendPid,
    ]);
  return waiting > 0;
};

const untilSomebodyWaitsFor = async (harness: UseCaseHarness, backendPid: number, decided: () => boolean) => {
  while (!decided() && !(await somebodyWaitsFor(harness, backendPid)))
    await new Promise((resolve) => setTimeout(resolve, 20));
};

/**
 * Two facts handled at the same moment, in two transactions: the first has done what `held` names but not committed
 * when the second starts, and commits once the second is done or waits for a lock the first holds.
 */
export const handledTogether = async <T extends object>(
  harness: UseCaseHarness,
  held: HeldOpen<T>,
  handleFirst: () => Promise<unknown>,
  handleSecond: () => Promise<unknown>,
): Promise<void> => {
  const target = held.target as unknown as Record<string, AsyncMethod>;
  const original = target[held.method].bind(target);
  let holding!: (backendPid: number) => void;
  let commitFirst!: () => void;
  const heldBy = new Promise<number>((resolve) => (holding = resolve));
  const committing = new Promise<void>((resolve) => (commitFirst = resolve));
  const spy = jest.spyOn(target, held.method).mockImplementationOnce(async (manager, ...rest) => {
    const result = await original(manager, ...rest);
    const [{ pid }] = await manager.query('SELECT pg_backend_pid() AS pid');
    holding(pid);
    await committing;
    return result;
  });
  const first = handleFirst();
  const backendPid = await Promise.race([heldBy, first.then(() => null)]).finally(() => spy.mockRestore());
  if (backendPid === null) throw new Error(`the first transaction finished without calling ${held.method}`);
  let decided = false;
  const second = handleSecond();
  await Promise.race([second, untilSomebodyWaitsFor(harness, backendPid, () => decided)]).catch(() => undefined);
  decided = true;
  commitFirst();
  await Promise.all([first, second]);
};
