import type { SegmentFile } from './segment-file';

export interface StoredBatch {
  baseOffset: number;
  lastOffset: number;
  /** Largest record timestamp, null until a lookup by time has decoded the batch. */
  maxRecordTimestamp: number | null;
  bytes: Buffer;
}

/** A run of consecutive batches; retention removes whole segments, oldest first. */
export class LogSegment {
  readonly batches: StoredBatch[] = [];
  sizeBytes = 0;

  constructor(
    readonly baseOffset: number,
    private readonly file: SegmentFile | null,
  ) {}

  append(batch: StoredBatch, persist: boolean): void {
    this.batches.push(batch);
    this.sizeBytes += batch.bytes.length;
    if (persist) this.file?.append(batch.bytes);
  }

  get nextOffset(): number {
    const last = this.batches[this.batches.length - 1];
    return last ? last.lastOffset + 1 : this.baseOffset;
  }

  /** Index of the first batch whose last offset is >= offset (batches.length when none). */
  indexOfOffset(offset: number): number {
    let low = 0;
    let high = this.batches.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.batches[middle].lastOffset < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  close(): void {
    this.file?.close();
  }

  remove(): void {
    this.file?.remove();
  }
}
