import Record = require('kafkajs/src/protocol/recordBatch/record/v0');
import { RecordBatch } from 'kafkajs/src/protocol/recordBatch/v0';

/** A RecordBatch v2 encoded by kafkajs itself, as a producer would send it. */
export async function encodeBatch(
  values: string[],
  idempotence: { producerId: number; firstSequence: number } | null = null,
): Promise<Buffer> {
  const batch = await RecordBatch({
    lastOffsetDelta: values.length - 1,
    producerId: idempotence?.producerId ?? -1,
    firstSequence: idempotence?.firstSequence ?? 0,
    records: values.map((value, offsetDelta) => Record({ offsetDelta, value })),
  });
  return batch.buffer;
}
