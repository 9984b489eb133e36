import { Logger } from '@nestjs/common';
import type Redis from 'ioredis';

interface Tally {
  /** The shared count Redis last answered for this key: every replica's requests up to that moment. */
  shared: number;
  /** This replica's requests not yet added to the shared count. */
  pending: number;
  expiresAtMs: number;
}

export interface Budget {
  key: string;
  limit: number;
}

/**
 * Counters shared by every gateway replica through Redis, without a round trip per request: each replica counts
 * locally and adds its count to Redis every sync interval. Far from a limit, a request is decided from the last shared
 * count plus the local one; in the last stretch of a budget every request is counted in Redis at once, so a small
 * budget is enforced exactly and a large one can be overrun only by what other replicas counted since their last sync.
 */
export class SharedCounters {
  private readonly logger = new Logger(SharedCounters.name);
  private readonly tallies = new Map<string, Tally>();

  constructor(
    private readonly redis: Redis,
    private readonly lifetimeSeconds: number,
    /** The share of each budget, at its end, that is counted request by request. */
    private readonly exactShare: number,
  ) {}

  /** Counts one request against every budget; answers the first budget it would overrun, if any. */
  async refusingBudget<B extends Budget>(budgets: B[], nowMs: number): Promise<B | undefined> {
    const tallies = budgets.map((budget) => this.tallyOf(budget.key, nowMs));
    const spent = budgets.find((budget, index) => tallies[index].shared >= budget.limit);
    if (spent) return spent;
    if (budgets.every((budget, index) => this.isFarFromLimit(budget, tallies[index]))) {
      for (const tally of tallies) tally.pending += 1;
      return undefined;
    }
    const counts = await this.addNow(
      budgets.map((budget, index) => [budget.key, tallies[index].pending + 1]),
      (index) => (tallies[index].pending = 0),
    );
    return budgets.find((budget, index) => counts[index] > budget.limit);
  }

  /** Adds every replica-local count to the shared one, and forgets the keys of windows that are over. */
  async sync(nowMs: number): Promise<void> {
    for (const [key, tally] of this.tallies)
      if (tally.pending === 0 && tally.expiresAtMs <= nowMs) this.tallies.delete(key);
    const unsynced = [...this.tallies].filter(([, tally]) => tally.pending > 0);
    if (unsynced.length === 0) return;
    const amounts = unsynced.map(([key, tally]): [string, number] => [key, tally.pending]);
    for (const [, tally] of unsynced) tally.pending = 0;
    try {
      await this.addNow(amounts, () => undefined);
    } catch (error) {
      unsynced.forEach(([, tally], index) => (tally.pending += amounts[index][1]));
      this.logger.warn(
        { err: error instanceof Error ? error.message : String(error) },
        'could not share the rate-limit counts; keeping them for the next sync',
      );
    }
  }

  private isFarFromLimit(budget: Budget, tally: Tally): boolean {
    return tally.shared + tally.pending + 1 <= budget.limit * (1 - this.exactShare);
  }

  private tallyOf(key: string, nowMs: number): Tally {
    let tally = this.tallies.get(key);
    if (!tally)
      this.tallies.set(key, (tally = { shared: 0, pending: 0, expiresAtMs: nowMs + this.lifetimeSeconds * 1000 }));
    return tally;
  }

  /** `taken(index)` runs before the round trip, so requests counted meanwhile stay pending for the next one. */
  private async addNow(amounts: Array<[string, number]>, taken: (index: number) => void): Promise<number[]> {
    const transaction = this.redis.multi();
    amounts.forEach(([key, amount], index) => {
      transaction.incrby(key, amount).expire(key, this.lifetimeSeconds);
      taken(index);
    });
    const results = (await transaction.exec()) ?? [];
    return amounts.map(([key], index) => {
      const count = Number(results[index * 2]?.[1] ?? 0);
      const tally = this.tallies.get(key);
      if (tally) tally.shared = Math.max(tally.shared, count);
      return count;
    });
  }
}
