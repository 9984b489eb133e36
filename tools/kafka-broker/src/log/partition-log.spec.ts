import { ErrorCode } from '../errors';
import { encodeBatch } from '../testing/record-batches';
import { PartitionLog } from './partition-log';

describe('PartitionLog', () => {
  const noop = (): void => undefined;
  const limits = { retentionBytes: 1_000_000, segmentBytes: 100_000, maxMessageBytes: 100_000 };

  it('assigns dense offsets by batch and reads whole batches from any offset inside them', async () => {
    const log = PartitionLog.create(null, limits, noop);
    expect(log.appendRecords(await encodeBatch(['a', 'b', 'c']))).toEqual({ errorCode: ErrorCode.NONE, baseOffset: 0 });
    expect(log.appendRecords(await encodeBatch(['d']))).toEqual({ errorCode: ErrorCode.NONE, baseOffset: 3 });
    expect(log.highWatermark).toBe(4);
    const read = log.read(1, 1_000_000, true);
    expect(read.errorCode === ErrorCode.NONE && read.batches.map((batch) => Number(batch.readBigInt64BE(0)))).toEqual([
      0, 3,
    ]);
    expect(log.read(5, 1_000, true).errorCode).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
  });

  it('drops the oldest segments beyond the retention budget and rejects reads below the log start', async () => {
    const batchBytes = (await encodeBatch(['payload-000'])).length;
    const log = PartitionLog.create(
      null,
      { ...limits, retentionBytes: batchBytes * 4, segmentBytes: batchBytes * 2 },
      noop,
    );
    for (let index = 0; index < 20; index++)
      log.appendRecords(await encodeBatch([`payload-${String(index).padStart(3, '0')}`]));
    expect(log.highWatermark).toBe(20);
    expect(log.logStartOffset).toBeGreaterThanOrEqual(14);
    expect(log.read(0, 1_000_000, true).errorCode).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
    expect(log.read(log.logStartOffset, 1_000_000, true).errorCode).toBe(ErrorCode.NONE);
  });

  it('rejects corrupted batches without appending them', async () => {
    const log = PartitionLog.create(null, limits, noop);
    const corrupted = await encodeBatch(['value']);
    corrupted[corrupted.length - 1] ^= 0xff;
    expect(log.appendRecords(corrupted).errorCode).toBe(ErrorCode.CORRUPT_MESSAGE);
    expect(log.appendRecords(corrupted.subarray(0, 30)).errorCode).toBe(ErrorCode.CORRUPT_MESSAGE);
    expect(log.highWatermark).toBe(0);
  });

  it('de-duplicates idempotent retries and rejects sequence gaps', async () => {
    const log = PartitionLog.create(null, limits, noop);
    const first = await encodeBatch(['a', 'b'], { producerId: 7, firstSequence: 0 });
    expect(log.appendRecords(first).baseOffset).toBe(0);
    expect(log.appendRecords(first)).toEqual({ errorCode: ErrorCode.NONE, baseOffset: 0 });
    expect(log.appendRecords(await encodeBatch(['c'], { producerId: 7, firstSequence: 5 })).errorCode).toBe(
      ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER,
    );
    expect(log.appendRecords(await encodeBatch(['c'], { producerId: 7, firstSequence: 2 }))).toEqual({
      errorCode: ErrorCode.NONE,
      baseOffset: 2,
    });
    expect(log.highWatermark).toBe(3);
  });
});
