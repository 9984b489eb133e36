import { ErrorCode } from '../errors';
import type { RecordBatchHeader } from '../protocol/record-batch';

/** Kafka keeps the last five batches per producer so that any in-flight retry can be recognised. */
const RETAINED_BATCHES_PER_PRODUCER = 5;
const MAX_SEQUENCE = 2 ** 31 - 1;

interface AppendedBatch {
  baseSequence: number;
  lastSequence: number;
  baseOffset: number;
}

interface ProducerEntry {
  epoch: number;
  lastSequence: number;
  recentBatches: AppendedBatch[];
}

export type SequenceCheck =
  { kind: 'append' } | { kind: 'duplicate'; baseOffset: number } | { kind: 'reject'; errorCode: ErrorCode };

/** Idempotent-producer bookkeeping for one partition: epoch and sequence per producer id. */
export class ProducerStateTable {
  private readonly producers = new Map<number, ProducerEntry>();

  check(header: RecordBatchHeader): SequenceCheck {
    if (header.producerId < 0) return { kind: 'append' };
    const entry = this.producers.get(header.producerId);
    // Unknown producers (new, or whose batches retention removed) may start at any sequence.
    if (!entry || header.producerEpoch > entry.epoch) return { kind: 'append' };
    if (header.producerEpoch < entry.epoch) return { kind: 'reject', errorCode: ErrorCode.INVALID_PRODUCER_EPOCH };
    const duplicate = entry.recentBatches.find(
      (batch) => batch.baseSequence === header.baseSequence && batch.lastSequence === lastSequenceOf(header),
    );
    if (duplicate) return { kind: 'duplicate', baseOffset: duplicate.baseOffset };
    if (header.baseSequence !== nextSequence(entry.lastSequence)) {
      return { kind: 'reject', errorCode: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER };
    }
    return { kind: 'append' };
  }

  record(header: RecordBatchHeader, baseOffset: number): void {
    if (header.producerId < 0) return;
    const existing = this.producers.get(header.producerId);
    const entry =
      existing && existing.epoch === header.producerEpoch
        ? existing
        : { epoch: header.producerEpoch, lastSequence: -1, recentBatches: [] };
    const lastSequence = lastSequenceOf(header);
    entry.lastSequence = lastSequence;
    entry.recentBatches.push({ baseSequence: header.baseSequence, lastSequence, baseOffset });
    if (entry.recentBatches.length > RETAINED_BATCHES_PER_PRODUCER) entry.recentBatches.shift();
    this.producers.set(header.producerId, entry);
  }

  highestProducerId(): number {
    return Math.max(-1, ...this.producers.keys());
  }
}

/** Sequence numbers wrap from Int32.MAX to 0, as in Kafka. */
function nextSequence(sequence: number): number {
  return sequence === MAX_SEQUENCE ? 0 : sequence + 1;
}

function lastSequenceOf(header: RecordBatchHeader): number {
  return (header.baseSequence + header.lastOffsetDelta) % (MAX_SEQUENCE + 1);
}
