import { DataSource } from 'typeorm';
import { UseCaseHarness } from './use-case-harness';

type AsyncMethodOf<T> = {
  [K in keyof T]: T[K] extends (...args: never[]) => Promise<unknown> ? K : never;
}[keyof T] &
  string;

type AsyncMethod = (...args: unknown[]) => Promise<unknown>;

/** Where the first of two transactions handled at the same moment stops, and the lock both take. */
export interface HeldOpen<T extends object> {
  /** The first transaction's next call of `target[method]` runs, then the transaction stays open, uncommitted. */
  target: T;
  method: AsyncMethodOf<T>;
  /** How the key of the advisory lock both transactions take begins, by which the second is seen waiting. */
  lockKeyPrefix: string;
}

const someoneWaitsForLock = async (harness: UseCaseHarness, lockKeyPrefix: string): Promise<boolean> => {
  const [{ waiting }] = await harness.get(DataSource).query(
    `SELECT count(*)::int AS waiting FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event = 'advisory' AND position($1 IN query) > 0`,
    [lockKeyPrefix],
  );
  return waiting > 0;
};

const untilWaitingForLock = async (harness: UseCaseHarness, lockKeyPrefix: string, decided: () => boolean) => {
  while (!decided() && !(await someoneWaitsForLock(harness, lockKeyPrefix)))
    await new Promise((resolve) => setTimeout(resolve, 20));
};

/**
 * Two facts handled at the same moment, in two transactions: the first has done what `held` names but not committed
 * when the second starts, and commits once the second is done or waits for the lock.
 */
export const handledTogether = async <T extends object>(
  harness: UseCaseHarness,
  held: HeldOpen<T>,
  handleFirst: () => Promise<unknown>,
  handleSecond: () => Promise<unknown>,
): Promise<void> => {
  const target = held.target as unknown as Record<string, AsyncMethod>;
  const original = target[held.method].bind(target);
  let reached = false;
  let holding!: () => void;
  let commitFirst!: () => void;
  const reachedHold = new Promise<void>((resolve) => (holding = resolve));
  const committing = new Promise<void>((resolve) => (commitFirst = resolve));
  const spy = jest.spyOn(target, held.method).mockImplementationOnce(async (...args) => {
    const result = await original(...args);
    reached = true;
    holding();
    await committing;
    return result;
  });
  const first = handleFirst();
  try {
    await Promise.race([reachedHold, first]);
  } finally {
    spy.mockRestore();
  }
  if (!reached) throw new Error(`the first transaction finished without calling ${held.method}`);
  let decided = false;
  const second = handleSecond();
  try {
    await Promise.race([second, untilWaitingForLock(harness, held.lockKeyPrefix, () => decided)]);
  } finally {
    decided = true;
    commitFirst();
  }
  await Promise.all([first, second]);
};
