import { CompressionTypes, type Consumer, type EachMessagePayload, type Kafka } from 'kafkajs';
import { startKafkaBroker, type RunningKafkaBroker } from '../index';
import { createTestKafka, FAST_CONSUMER } from '../testing/kafka-clients';
import { waitFor } from '../testing/wait-for';

interface Received {
  partition: number;
  offset: number;
  key: string;
  value: string;
}

describe('produce and consume through kafkajs', () => {
  let broker: RunningKafkaBroker;
  let kafka: Kafka;
  const consumers: Consumer[] = [];

  beforeAll(async () => {
    broker = await startKafkaBroker({ logLevel: 'silent' });
    kafka = createTestKafka(broker.brokers, 'produce-consume-spec');
  });

  afterEach(async () => {
    await Promise.all(consumers.splice(0).map((consumer) => consumer.disconnect()));
  });

  afterAll(async () => {
    await broker.stop();
  });

  async function consumeAll(topic: string, groupId: string, expected: number): Promise<Received[]> {
    const received: Received[] = [];
    const consumer = kafka.consumer({ groupId, ...FAST_CONSUMER });
    consumers.push(consumer);
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ partition, message }: EachMessagePayload) => {
        received.push({
          partition,
          offset: Number(message.offset),
          key: String(message.key),
          value: String(message.value),
        });
      },
    });
    await waitFor(`${expected} messages on ${topic}`, () => received.length >= expected);
    return received;
  }

  it('keeps per-partition order for keyed messages across several partitions', async () => {
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'orders', numPartitions: 4 }] });
    const metadata = await admin.fetchTopicMetadata({ topics: ['orders'] });
    await admin.disconnect();
    expect(metadata.topics[0].partitions).toHaveLength(4);

    const producer = kafka.producer();
    await producer.connect();
    const keys = Array.from({ length: 10 }, (_, index) => `customer-${index}`);
    for (let round = 0; round < 20; round++) {
      await producer.send({ topic: 'orders', messages: keys.map((key) => ({ key, value: `${key}:${round}` })) });
    }
    await producer.disconnect();

    const received = await consumeAll('orders', 'orders-reader', 200);
    expect(received).toHaveLength(200);
    expect(new Set(received.map((message) => message.partition)).size).toBeGreaterThan(1);
    for (const key of keys) {
      const forKey = received.filter((message) => message.key === key);
      expect(new Set(forKey.map((message) => message.partition)).size).toBe(1);
      expect(forKey.map((message) => Number(message.value.split(':')[1]))).toEqual(
        Array.from({ length: 20 }, (_, round) => round),
      );
    }
    for (const partition of new Set(received.map((message) => message.partition))) {
      const offsets = received.filter((message) => message.partition === partition).map((message) => message.offset);
      expect(offsets).toEqual(offsets.map((_, index) => index));
    }
  });

  it('round-trips a single 10,000-message batch', async () => {
    const producer = kafka.producer();
    await producer.connect();
    const messages = Array.from({ length: 10_000 }, (_, index) => ({ value: `bulk-${index}` }));
    const results = await producer.send({ topic: 'bulk', messages });
    await producer.disconnect();
    expect(results.every((result) => result.errorCode === 0)).toBe(true);

    const received = await consumeAll('bulk', 'bulk-reader', 10_000);
    expect(received).toHaveLength(10_000);
    expect(new Set(received.map((message) => message.value)).size).toBe(10_000);
  });

  it('stores gzip batches compressed and serves them back intact', async () => {
    const producer = kafka.producer();
    await producer.connect();
    const messages = Array.from({ length: 500 }, (_, index) => ({
      key: `k${index % 7}`,
      value: `zipped-${index}-${'x'.repeat(200)}`,
    }));
    await producer.send({ topic: 'zipped', compression: CompressionTypes.GZIP, messages });
    await producer.disconnect();

    const received = await consumeAll('zipped', 'zipped-reader', 500);
    expect(received.map((message) => message.value).sort()).toEqual(messages.map((message) => message.value).sort());
  });

  it('reports earliest and latest offsets and auto-creates topics on metadata requests', async () => {
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: 'auto-created', messages: [{ value: 'a' }, { value: 'b' }, { value: 'c' }] });
    await producer.disconnect();

    const admin = kafka.admin();
    await admin.connect();
    const offsets = await admin.fetchTopicOffsets('auto-created');
    await admin.disconnect();
    expect(offsets).toHaveLength(3);
    expect(offsets.reduce((total, partition) => total + Number(partition.high), 0)).toBe(3);
    expect(offsets.every((partition) => partition.low === '0')).toBe(true);
  });
});
