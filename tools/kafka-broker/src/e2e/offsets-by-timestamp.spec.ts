import encodeRequest = require('kafkajs/src/protocol/request');
import listOffsetsV2Request = require('kafkajs/src/protocol/requests/listOffsets/v2/request');
import { decode as decodeListOffsetsResponse } from 'kafkajs/src/protocol/requests/listOffsets/v2/response';
import { CompressionCodecs, CompressionTypes, type Kafka } from 'kafkajs';
import { startKafkaBroker, type RunningKafkaBroker } from '../index';
import { createTestKafka } from '../testing/kafka-clients';
import { RawKafkaClient } from '../testing/raw-kafka-client';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const SECOND = 1_000;
const UNSUPPORTED_COMPRESSION_TYPE = 76;

interface OffsetAnswer {
  errorCode: number;
  timestamp: number;
  offset: number;
}

describe('ListOffsets by timestamp', () => {
  let broker: RunningKafkaBroker;
  let kafka: Kafka;
  let raw: RawKafkaClient;
  let nextCorrelationId = 1;

  beforeAll(async () => {
    broker = await startKafkaBroker({ logLevel: 'silent', defaultPartitions: 1 });
    kafka = createTestKafka(broker.brokers, 'timestamps-spec');
    raw = await RawKafkaClient.connect(broker.port);
  });

  afterAll(async () => {
    raw.close();
    await broker.stop();
  });

  /** One send, so kafkajs puts all of them in a single record batch. */
  async function sendBatch(topic: string, timestamps: number[], compression = CompressionTypes.None): Promise<void> {
    const producer = kafka.producer();
    await producer.connect();
    const messages = timestamps.map((timestamp, index) => ({ value: `record-${index}`, timestamp: String(timestamp) }));
    await producer.send({ topic, compression, messages });
    await producer.disconnect();
  }

  async function offsetFor(topic: string, timestamp: number): Promise<OffsetAnswer> {
    const correlationId = nextCorrelationId++;
    const request = listOffsetsV2Request({
      replicaId: -1,
      isolationLevel: 0,
      topics: [{ topic, partitions: [{ partition: 0, timestamp }] }],
    });
    raw.send((await encodeRequest({ correlationId, clientId: 'raw-list-offsets', request })).buffer);
    const response = await decodeListOffsetsResponse(await raw.response(correlationId));
    const [answer] = response.responses[0].partitions;
    return { errorCode: answer.errorCode, timestamp: Number(answer.timestamp), offset: Number(answer.offset) };
  }

  const tenSecondsApart = Array.from({ length: 10 }, (_, index) => T0 + index * SECOND);

  it('answers the first record at or after the timestamp inside a batch, not the batch start', async () => {
    await sendBatch('visits', tenSecondsApart);
    expect(await offsetFor('visits', T0 + 3 * SECOND)).toEqual({ errorCode: 0, timestamp: T0 + 3 * SECOND, offset: 3 });
    expect(await offsetFor('visits', T0 + 2.5 * SECOND)).toEqual({
      errorCode: 0,
      timestamp: T0 + 3 * SECOND,
      offset: 3,
    });
    expect(await offsetFor('visits', T0 - SECOND)).toEqual({ errorCode: 0, timestamp: T0, offset: 0 });
    expect(await offsetFor('visits', T0 + 9 * SECOND)).toEqual({ errorCode: 0, timestamp: T0 + 9 * SECOND, offset: 9 });

    const admin = kafka.admin();
    await admin.connect();
    const [partition] = await admin.fetchTopicOffsetsByTimestamp('visits', T0 + 3 * SECOND);
    await admin.disconnect();
    expect(partition.offset).toBe('3');
  });

  it('answers -1 when no record is that recent, as Kafka does', async () => {
    await sendBatch('quiet', tenSecondsApart);
    expect(await offsetFor('quiet', T0 + 9 * SECOND + 1)).toEqual({ errorCode: 0, timestamp: -1, offset: -1 });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'empty' }] });
    await admin.disconnect();
    expect(await offsetFor('empty', T0)).toEqual({ errorCode: 0, timestamp: -1, offset: -1 });
  });

  it('looks inside gzip batches and later batches', async () => {
    await sendBatch('zipped-visits', tenSecondsApart, CompressionTypes.GZIP);
    await sendBatch(
      'zipped-visits',
      tenSecondsApart.map((timestamp) => timestamp + 60 * SECOND),
      CompressionTypes.GZIP,
    );
    expect(await offsetFor('zipped-visits', T0 + 7 * SECOND)).toEqual({
      errorCode: 0,
      timestamp: T0 + 7 * SECOND,
      offset: 7,
    });
    expect(await offsetFor('zipped-visits', T0 + 64 * SECOND)).toEqual({
      errorCode: 0,
      timestamp: T0 + 64 * SECOND,
      offset: 14,
    });
  });

  it('finds records in a batch whose timestamps are out of order, whatever its header claims', async () => {
    // kafkajs writes the last record's timestamp as the batch maxTimestamp, here the smallest one.
    await sendBatch('late-arrivals', [T0 + 5 * SECOND, T0 + 8 * SECOND, T0 + SECOND]);
    expect(await offsetFor('late-arrivals', T0 + 6 * SECOND)).toEqual({
      errorCode: 0,
      timestamp: T0 + 8 * SECOND,
      offset: 1,
    });
    expect(await offsetFor('late-arrivals', T0 + 3 * SECOND)).toEqual({
      errorCode: 0,
      timestamp: T0 + 5 * SECOND,
      offset: 0,
    });
  });

  it('answers UNSUPPORTED_COMPRESSION_TYPE for a batch in a codec this process cannot decompress', async () => {
    const kafkajsSnappyCodec = CompressionCodecs[CompressionTypes.Snappy];
    // Only the producer gets a (pass-through) snappy codec; the broker's lookup must not pretend to read it.
    CompressionCodecs[CompressionTypes.Snappy] = () => ({
      compress: async (encoder: { buffer: Buffer }) => encoder.buffer,
      decompress: async (buffer: Buffer) => buffer,
    });
    try {
      await sendBatch('snappy-visits', tenSecondsApart, CompressionTypes.Snappy);
    } finally {
      CompressionCodecs[CompressionTypes.Snappy] = kafkajsSnappyCodec;
    }
    expect(await offsetFor('snappy-visits', T0 + 3 * SECOND)).toEqual({
      errorCode: UNSUPPORTED_COMPRESSION_TYPE,
      timestamp: -1,
      offset: -1,
    });
  });
});
