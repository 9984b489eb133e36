import * as path from 'node:path';
import type { Logger } from 'pino';
import { ErrorCode, InvalidRecordBatchError } from '../errors';
import {
  batchBaseOffset,
  readBatchHeader,
  type RecordBatchHeader,
  splitRecordBatches,
  validateBatch,
  withBaseOffset,
} from '../protocol/record-batch';
import { LogSegment, type StoredBatch } from './log-segment';
import { ProducerStateTable } from './producer-state';
import { recoverSegments, SegmentFile } from './segment-file';
import { firstRecordAtOrAfter, type TimestampedOffset } from './timestamp-lookup';

export interface LogLimits {
  retentionBytes: number;
  segmentBytes: number;
  /** Largest record batch accepted, log overhead included (Kafka's max.message.bytes). */
  maxMessageBytes: number;
}

export interface AppendResult {
  errorCode: ErrorCode;
  baseOffset: number;
}

export type ReadResult =
  | { errorCode: typeof ErrorCode.NONE; batches: Buffer[]; byteCount: number }
  | { errorCode: typeof ErrorCode.OFFSET_OUT_OF_RANGE };

/**
 * The log of one partition: batches kept in memory (bounded by retention) and, with a data directory,
 * mirrored to append-only segment files. Offsets are dense: each batch occupies lastOffsetDelta + 1.
 */
export class PartitionLog {
  readonly producers = new ProducerStateTable();
  private readonly segments: LogSegment[] = [];

  private constructor(
    private readonly directory: string | null,
    private readonly limits: LogLimits,
    private readonly onAppend: () => void,
  ) {}

  static create(directory: string | null, limits: LogLimits, onAppend: () => void): PartitionLog {
    const log = new PartitionLog(directory, limits, onAppend);
    log.segments.push(log.newSegment(0));
    return log;
  }

  static recover(directory: string, limits: LogLimits, onAppend: () => void, logger: Logger): PartitionLog {
    const log = new PartitionLog(directory, limits, onAppend);
    for (const recovered of recoverSegments(directory, logger)) {
      const segment = new LogSegment(recovered.baseOffset, recovered.file);
      recovered.batches.forEach((bytes) => log.restoreBatch(segment, bytes));
      log.segments.push(segment);
    }
    if (log.segments.length === 0) log.segments.push(log.newSegment(0));
    return log;
  }

  get logStartOffset(): number {
    return this.segments[0].batches[0]?.baseOffset ?? this.segments[0].baseOffset;
  }

  get highWatermark(): number {
    return this.activeSegment.nextOffset;
  }

  /** Validates, de-duplicates and appends the RECORDS of one produce partition. */
  appendRecords(records: Buffer): AppendResult {
    let batches: Array<{ bytes: Buffer; header: RecordBatchHeader }>;
    try {
      batches = this.validatedBatches(records);
    } catch (error: unknown) {
      if (error instanceof InvalidRecordBatchError) return { errorCode: error.errorCode, baseOffset: -1 };
      throw error;
    }
    let firstOffset = -1;
    for (const { bytes, header } of batches) {
      const check = this.producers.check(header);
      if (check.kind === 'reject') return { errorCode: check.errorCode, baseOffset: -1 };
      const baseOffset = check.kind === 'duplicate' ? check.baseOffset : this.appendBatch(bytes, header);
      if (firstOffset < 0) firstOffset = baseOffset;
    }
    this.onAppend();
    return { errorCode: ErrorCode.NONE, baseOffset: firstOffset };
  }

  /**
   * Whole batches from `offset` up to maxBytes. With guaranteeProgress the first batch is returned even
   * when it alone exceeds maxBytes, so an oversized batch can never stall a consumer (KIP-74).
   */
  read(offset: number, maxBytes: number, guaranteeProgress: boolean): ReadResult {
    if (offset < this.logStartOffset || offset > this.highWatermark) {
      return { errorCode: ErrorCode.OFFSET_OUT_OF_RANGE };
    }
    const batches: Buffer[] = [];
    let byteCount = 0;
    for (let index = this.segmentIndexFor(offset); index < this.segments.length; index++) {
      const segment = this.segments[index];
      for (let position = segment.indexOfOffset(offset); position < segment.batches.length; position++) {
        const bytes = segment.batches[position].bytes;
        const mayExceed = guaranteeProgress && batches.length === 0;
        if (!mayExceed && byteCount + bytes.length > maxBytes) return { errorCode: ErrorCode.NONE, batches, byteCount };
        batches.push(bytes);
        byteCount += bytes.length;
      }
    }
    return { errorCode: ErrorCode.NONE, batches, byteCount };
  }

  /** The first record whose timestamp is >= the given one (ListOffsets by time), null when there is none. */
  offsetForTimestamp(timestamp: number): Promise<TimestampedOffset | null> {
    return firstRecordAtOrAfter(
      this.segments.flatMap((segment) => segment.batches),
      timestamp,
    );
  }

  close(): void {
    this.segments.forEach((segment) => segment.close());
  }

  remove(): void {
    this.segments.forEach((segment) => segment.remove());
  }

  /** Sizes are checked before any CRC is computed, so an oversized batch costs nothing to refuse (as in Kafka). */
  private validatedBatches(records: Buffer): Array<{ bytes: Buffer; header: RecordBatchHeader }> {
    const batches = splitRecordBatches(records);
    const oversized = batches.find((bytes) => bytes.length > this.limits.maxMessageBytes);
    if (oversized) {
      throw new InvalidRecordBatchError(
        ErrorCode.MESSAGE_TOO_LARGE,
        `record batch of ${oversized.length} bytes exceeds ${this.limits.maxMessageBytes}`,
      );
    }
    return batches.map((bytes) => ({ bytes, header: validateBatch(bytes) }));
  }

  private appendBatch(bytes: Buffer, header: RecordBatchHeader): number {
    const baseOffset = this.highWatermark;
    if (this.activeSegment.sizeBytes >= this.limits.segmentBytes) this.segments.push(this.newSegment(baseOffset));
    const stored: StoredBatch = {
      baseOffset,
      lastOffset: baseOffset + header.lastOffsetDelta,
      maxRecordTimestamp: null,
      bytes: withBaseOffset(bytes, baseOffset),
    };
    this.activeSegment.append(stored, true);
    this.producers.record(header, baseOffset);
    this.enforceRetention();
    return baseOffset;
  }

  private restoreBatch(segment: LogSegment, bytes: Buffer): void {
    const header = readBatchHeader(bytes);
    const baseOffset = batchBaseOffset(bytes);
    segment.append(
      { baseOffset, lastOffset: baseOffset + header.lastOffsetDelta, maxRecordTimestamp: null, bytes },
      false,
    );
    this.producers.record(header, baseOffset);
  }

  /** Drops the oldest whole segments while the partition is over its byte budget; the active one stays. */
  private enforceRetention(): void {
    let totalBytes = this.segments.reduce((total, segment) => total + segment.sizeBytes, 0);
    while (totalBytes > this.limits.retentionBytes && this.segments.length > 1) {
      const dropped = this.segments.shift() as LogSegment;
      totalBytes -= dropped.sizeBytes;
      dropped.remove();
    }
  }

  private segmentIndexFor(offset: number): number {
    let index = this.segments.length - 1;
    while (index > 0 && this.segments[index].baseOffset > offset) index--;
    return index;
  }

  private get activeSegment(): LogSegment {
    return this.segments[this.segments.length - 1];
  }

  private newSegment(baseOffset: number): LogSegment {
    return new LogSegment(baseOffset, this.directory ? SegmentFile.create(this.directory, baseOffset) : null);
  }
}

export function partitionDirectory(topicDirectory: string, partition: number): string {
  return path.join(topicDirectory, String(partition));
}
