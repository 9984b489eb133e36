/**
 * Hands out producer ids for idempotent producers. Ids start above both the wall clock in ms and the
 * highest id found in recovered logs, so a restarted broker never re-issues an id still in a log.
 */
export class ProducerIdAllocator {
  private nextId: number;

  constructor(highestRecoveredId: number) {
    this.nextId = Math.max(Date.now(), highestRecoveredId + 1);
  }

  allocate(): number {
    const id = this.nextId;
    this.nextId += 1;
    return id;
  }
}
