import type Redis from 'ioredis';
import { SharedCounters } from './shared-counters';

/** The two commands the counters use, kept in a Map as Redis would keep them; counts the round trips made. */
const aRedis = () => {
  const values = new Map<string, number>();
  let roundTrips = 0;
  const redis = {
    multi: () => {
      const increments: Array<[string, number]> = [];
      const transaction = {
        incrby: (key: string, amount: number) => (increments.push([key, amount]), transaction),
        expire: () => transaction,
        exec: async () => {
          roundTrips += 1;
          return increments.flatMap(([key, amount]) => {
            values.set(key, (values.get(key) ?? 0) + amount);
            return [
              [null, values.get(key)],
              [null, 1],
            ];
          });
        },
      };
      return transaction;
    },
  } as unknown as Redis;
  return { redis, values, roundTrips: () => roundTrips };
};

const NOW = 1_700_000_000_000;
const admitted = async (sut: SharedCounters, budgets: Array<{ key: string; limit: number }>, times: number) => {
  let count = 0;
  for (let call = 0; call < times; call += 1) if (!(await sut.refusingBudget(budgets, NOW))) count += 1;
  return count;
};

describe('rate-limit counters shared through Redis', () => {
  it('enforce a small budget exactly', async () => {
    const { redis } = aRedis();
    const sut = new SharedCounters(redis, 120, 0.1);
    expect(await admitted(sut, [{ key: 'client', limit: 3 }], 5)).toBe(3);
  });

  it('decide far from the limit without a round trip, and share the count at the next sync', async () => {
    const { redis, values, roundTrips } = aRedis();
    const sut = new SharedCounters(redis, 120, 0.1);
    expect(await admitted(sut, [{ key: 'user', limit: 600 }], 100)).toBe(100);
    expect(roundTrips()).toBe(0);
    await sut.sync(NOW);
    expect(values.get('user')).toBe(100);
  });

  it('refuse once other replicas have spent the budget', async () => {
    const { redis, values } = aRedis();
    const sut = new SharedCounters(redis, 120, 0.1);
    await admitted(sut, [{ key: 'clinic', limit: 50 }], 1);
    values.set('clinic', 60);
    await sut.sync(NOW);
    const budget = { key: 'clinic', limit: 50 };
    expect(await sut.refusingBudget([{ key: 'user', limit: 600 }, budget], NOW)).toBe(budget);
  });

  it('add up across replicas: requests further apart than the sync interval never overrun the budget', async () => {
    const { redis } = aRedis();
    const replicas = [new SharedCounters(redis, 120, 0.1), new SharedCounters(redis, 120, 0.1)];
    const budgets = [{ key: 'user', limit: 20 }];
    let admittedByBoth = 0;
    for (let call = 0; call < 30; call += 1) {
      if (!(await replicas[call % 2].refusingBudget(budgets, NOW))) admittedByBoth += 1;
      await Promise.all(replicas.map((replica) => replica.sync(NOW)));
    }
    expect(admittedByBoth).toBe(20);
  });
});
