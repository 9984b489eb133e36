export type WaitOutcome = 'data' | 'timeout' | 'aborted';

/**
 * Wakes long-polling fetches when one of the partitions they watch receives data. Every waiter
 * removes itself (and its timer) on whichever of data/timeout/abort happens first.
 */
export class DataArrivalNotifier {
  private readonly waiters = new Map<string, Set<() => void>>();

  notify(topic: string, partition: number): void {
    const waiting = this.waiters.get(partitionKey(topic, partition));
    if (!waiting) return;
    [...waiting].forEach((wake) => wake());
  }

  waitForData(
    partitions: ReadonlyArray<{ topic: string; partition: number }>,
    timeoutMs: number,
    signal: AbortSignal,
  ): Promise<WaitOutcome> {
    if (signal.aborted) return Promise.resolve('aborted');
    const keys = partitions.map(({ topic, partition }) => partitionKey(topic, partition));
    return new Promise<WaitOutcome>((resolve) => {
      const finish = (outcome: WaitOutcome): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        keys.forEach((key) => this.removeWaiter(key, onData));
        resolve(outcome);
      };
      const onData = (): void => finish('data');
      const onAbort = (): void => finish('aborted');
      const timer = setTimeout(() => finish('timeout'), Math.max(0, timeoutMs));
      signal.addEventListener('abort', onAbort, { once: true });
      keys.forEach((key) => this.addWaiter(key, onData));
    });
  }

  private addWaiter(key: string, wake: () => void): void {
    const waiting = this.waiters.get(key) ?? new Set();
    waiting.add(wake);
    this.waiters.set(key, waiting);
  }

  private removeWaiter(key: string, wake: () => void): void {
    const waiting = this.waiters.get(key);
    waiting?.delete(wake);
    if (waiting?.size === 0) this.waiters.delete(key);
  }
}

function partitionKey(topic: string, partition: number): string {
  return `${topic}\u0000${partition}`;
}
