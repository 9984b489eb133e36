import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CompressionCodecs, CompressionTypes, type Consumer, type Kafka } from 'kafkajs';
import { startKafkaBroker, type KafkaBrokerOptions, type RunningKafkaBroker } from '../index';
import { ApiKey } from '../protocol/api-keys';
import { createTestKafka } from '../testing/kafka-clients';
import { RawKafkaClient } from '../testing/raw-kafka-client';
import { produceRequestBody, produceResponseErrorCode } from '../testing/raw-requests';
import { encodeBatch } from '../testing/record-batches';
import { waitFor } from '../testing/wait-for';

const MIB = 1024 * 1024;
const INVALID_RECORD = 87;

describe('limits of a default Apache Kafka broker', () => {
  const brokers: RunningKafkaBroker[] = [];
  const consumers: Consumer[] = [];

  afterEach(async () => {
    await Promise.all(consumers.splice(0).map((consumer) => consumer.disconnect()));
    await Promise.all(brokers.splice(0).map((broker) => broker.stop()));
  });

  async function startBroker(options: KafkaBrokerOptions = {}): Promise<Kafka> {
    const broker = await startKafkaBroker({ logLevel: 'silent', defaultPartitions: 1, ...options });
    brokers.push(broker);
    return createTestKafka(broker.brokers, 'limits-spec');
  }

  async function send(
    kafka: Kafka,
    topic: string,
    valueBytes: number,
    compression = CompressionTypes.None,
  ): Promise<void> {
    const producer = kafka.producer();
    await producer.connect();
    try {
      await producer.send({ topic, compression, messages: [{ value: Buffer.alloc(valueBytes, 'v') }] });
    } finally {
      await producer.disconnect();
    }
  }

  async function storedRecords(kafka: Kafka, topic: string): Promise<number> {
    const admin = kafka.admin();
    await admin.connect();
    const offsets = await admin.fetchTopicOffsets(topic);
    await admin.disconnect();
    return offsets.reduce((total, partition) => total + Number(partition.high), 0);
  }

  async function createTopic(kafka: Kafka, topic: string, maxMessageBytes: string): Promise<void> {
    const admin = kafka.admin();
    await admin.connect();
    try {
      await admin.createTopics({
        topics: [{ topic, configEntries: [{ name: 'max.message.bytes', value: maxMessageBytes }] }],
      });
    } finally {
      await admin.disconnect();
    }
  }

  describe('message.max.bytes', () => {
    it('refuses a batch over 1 MiB plus overhead with MESSAGE_TOO_LARGE and stores nothing of it', async () => {
      const kafka = await startBroker();
      await send(kafka, 'default-limit', MIB - 1024);
      await expect(send(kafka, 'default-limit', MIB)).rejects.toMatchObject({ type: 'MESSAGE_TOO_LARGE' });
      expect(await storedRecords(kafka, 'default-limit')).toBe(1);
    });

    it('follows the broker setting and a topic max.message.bytes override, which survives a restart', async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kafka-broker-limits-'));
      try {
        let kafka = await startBroker({ dataDir, messageMaxBytes: 2 * MIB });
        await createTopic(kafka, 'small-records', String(64 * 1024));
        await send(kafka, 'broker-limit', MIB + 1024);
        await expect(send(kafka, 'broker-limit', 2 * MIB)).rejects.toMatchObject({ type: 'MESSAGE_TOO_LARGE' });
        await expect(send(kafka, 'small-records', 65 * 1024)).rejects.toMatchObject({ type: 'MESSAGE_TOO_LARGE' });

        await brokers.pop()?.stop();
        kafka = await startBroker({ dataDir, messageMaxBytes: 2 * MIB });
        await expect(send(kafka, 'small-records', 65 * 1024)).rejects.toMatchObject({ type: 'MESSAGE_TOO_LARGE' });
        await send(kafka, 'small-records', 60 * 1024);
        expect(await storedRecords(kafka, 'small-records')).toBe(1);
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    });

    it('refuses a topic whose max.message.bytes is not a non-negative integer with INVALID_CONFIG', async () => {
      const kafka = await startBroker();
      await expect(createTopic(kafka, 'bad-config', 'lots')).rejects.toMatchObject({
        errors: [expect.objectContaining({ type: 'INVALID_CONFIG' })],
      });
      const admin = kafka.admin();
      await admin.connect();
      expect(await admin.listTopics()).not.toContain('bad-config');
      await admin.disconnect();
    });
  });

  it('refuses a partition carrying two record batches or an old message format with INVALID_RECORD', async () => {
    const kafka = await startBroker();
    const client = await RawKafkaClient.connect(brokers[0].port);
    try {
      const twoBatches = Buffer.concat([await encodeBatch(['a']), await encodeBatch(['b'])]);
      const oldFormat = await encodeBatch(['c']);
      oldFormat.writeInt8(1, 16);
      client.sendRequest(ApiKey.Produce, 3, 1, produceRequestBody('strict-batches', twoBatches));
      client.sendRequest(ApiKey.Produce, 3, 2, produceRequestBody('strict-batches', oldFormat));
      expect(produceResponseErrorCode(await client.response(1), 'strict-batches')).toBe(INVALID_RECORD);
      expect(produceResponseErrorCode(await client.response(2), 'strict-batches')).toBe(INVALID_RECORD);
    } finally {
      client.close();
    }
    expect(await storedRecords(kafka, 'strict-batches')).toBe(0);
  });

  describe('compression', () => {
    const kafkajsZstdCodec = CompressionCodecs[CompressionTypes.ZSTD];

    afterEach(() => {
      CompressionCodecs[CompressionTypes.ZSTD] = kafkajsZstdCodec;
    });

    it('refuses zstd batches on Produce v3 with UNSUPPORTED_COMPRESSION_TYPE', async () => {
      // The broker must refuse on the codec bits alone, before decompressing, so any payload will do.
      CompressionCodecs[CompressionTypes.ZSTD] = () => ({
        compress: async (encoder: { buffer: Buffer }) => encoder.buffer,
        decompress: async (buffer: Buffer) => buffer,
      });
      const kafka = await startBroker();
      await expect(send(kafka, 'zstd-topic', 100, CompressionTypes.ZSTD)).rejects.toMatchObject({
        type: 'UNSUPPORTED_COMPRESSION_TYPE',
      });
      await send(kafka, 'zstd-topic', 100, CompressionTypes.GZIP);
      expect(await storedRecords(kafka, 'zstd-topic')).toBe(1);
    });
  });

  describe('group session timeouts', () => {
    async function joinWithSessionTimeout(kafka: Kafka, groupId: string, sessionTimeout: number): Promise<string> {
      const consumer = kafka.consumer({
        groupId,
        sessionTimeout,
        rebalanceTimeout: 5_000,
        heartbeatInterval: 200,
        maxWaitTimeInMs: 200,
      });
      consumers.push(consumer);
      let outcome = '';
      consumer.on(consumer.events.GROUP_JOIN, () => (outcome = 'joined'));
      consumer.on(
        consumer.events.CRASH,
        ({ payload }) => (outcome = (payload.error as { type?: string }).type ?? payload.error.name),
      );
      await consumer.connect();
      await consumer.subscribe({ topic: 'sessions', fromBeginning: true });
      await consumer.run({ eachMessage: async () => undefined });
      await waitFor(`${groupId} to join or crash`, () => outcome !== '');
      return outcome;
    }

    it('refuses session timeouts outside 6 s..30 min with INVALID_SESSION_TIMEOUT', async () => {
      const kafka = await startBroker();
      expect(await joinWithSessionTimeout(kafka, 'too-short', 5_999)).toBe('INVALID_SESSION_TIMEOUT');
      expect(await joinWithSessionTimeout(kafka, 'too-long', 30 * 60_000 + 1)).toBe('INVALID_SESSION_TIMEOUT');
      expect(await joinWithSessionTimeout(kafka, 'shortest', 6_000)).toBe('joined');
    });

    it('accepts shorter session timeouts when the broker lowers group.min.session.timeout.ms', async () => {
      const kafka = await startBroker({ groupMinSessionTimeoutMs: 1_000 });
      expect(await joinWithSessionTimeout(kafka, 'fast-expiry', 1_500)).toBe('joined');
      expect(await joinWithSessionTimeout(kafka, 'below-lowered-limit', 999)).toBe('INVALID_SESSION_TIMEOUT');
    });
  });
});
