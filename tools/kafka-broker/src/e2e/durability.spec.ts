import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Kafka } from 'kafkajs';
import { startKafkaBroker, type RunningKafkaBroker } from '../index';
import { ApiKey } from '../protocol/api-keys';
import { createTestKafka, FAST_CONSUMER } from '../testing/kafka-clients';
import { RawKafkaClient } from '../testing/raw-kafka-client';
import { fetchRequestBody, fetchResponseErrorCode } from '../testing/raw-requests';
import { waitFor } from '../testing/wait-for';

const TOPIC = 'durable';
const GROUP = 'durable-readers';
const OFFSET_OUT_OF_RANGE = 1;

describe('durability with a data directory', () => {
  let dataDir: string;
  let broker: RunningKafkaBroker | null = null;

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kafka-broker-durability-'));
  });

  afterEach(async () => {
    await broker?.stop();
    broker = null;
  });

  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function restart(options: { retentionBytesPerPartition?: number } = {}): Promise<Kafka> {
    await broker?.stop();
    broker = await startKafkaBroker({ logLevel: 'silent', dataDir, ...options });
    return createTestKafka(broker.brokers, 'durability-spec');
  }

  async function produce(kafka: Kafka, topic: string, values: string[], partition?: number): Promise<void> {
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, messages: values.map((value) => ({ value, partition })) });
    await producer.disconnect();
  }

  async function consume(kafka: Kafka, groupId: string, expected: string[]): Promise<string[]> {
    const values: string[] = [];
    const consumer = kafka.consumer({ groupId, ...FAST_CONSUMER });
    await consumer.connect();
    await consumer.subscribe({ topic: TOPIC, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void values.push(String(message.value)) });
    await waitFor(`${groupId} to read ${expected.length} messages`, () =>
      expected.every((value) => values.includes(value)),
    );
    await consumer.disconnect();
    return values;
  }

  async function totals(kafka: Kafka, topic: string): Promise<{ high: number; low: number; committed: number }> {
    const admin = kafka.admin();
    await admin.connect();
    const offsets = await admin.fetchTopicOffsets(topic);
    const [committed] = await admin.fetchOffsets({ groupId: GROUP, topics: [topic] });
    await admin.disconnect();
    return {
      high: offsets.reduce((total, partition) => total + Number(partition.high), 0),
      low: offsets.reduce((total, partition) => total + Number(partition.low), 0),
      committed: committed.partitions.reduce((total, partition) => total + Math.max(0, Number(partition.offset)), 0),
    };
  }

  it('keeps messages and committed offsets across a restart', async () => {
    let kafka = await restart();
    const first = Array.from({ length: 50 }, (_, index) => `first-${index}`);
    await produce(kafka, TOPIC, first);
    await consume(kafka, GROUP, first);

    kafka = await restart();
    expect(await totals(kafka, TOPIC)).toEqual({ high: 50, low: 0, committed: 50 });
    const second = Array.from({ length: 10 }, (_, index) => `second-${index}`);
    await produce(kafka, TOPIC, second);
    expect((await consume(kafka, GROUP, second)).sort()).toEqual([...second].sort());
    expect((await consume(kafka, 'fresh-readers', [...first, ...second])).length).toBe(60);
  });

  it('recovers from a torn segment tail and a torn offsets line', async () => {
    await broker?.stop();
    broker = null;
    const partitionDir = path.join(dataDir, 'topics', TOPIC, '0');
    const segment = fs
      .readdirSync(partitionDir)
      .filter((name) => name.endsWith('.log'))
      .sort()
      .pop() as string;
    const intactBytes = fs.statSync(path.join(partitionDir, segment)).size;
    fs.appendFileSync(path.join(partitionDir, segment), Buffer.from([0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 1, 0, 0, 0]));
    fs.appendFileSync(path.join(dataDir, 'consumer-offsets.jsonl'), '{"g":"durable-readers","t":"dur');

    const kafka = await restart();
    expect(fs.statSync(path.join(partitionDir, segment)).size).toBe(intactBytes);
    expect(await totals(kafka, TOPIC)).toEqual({ high: 60, low: 0, committed: 60 });
    await produce(kafka, TOPIC, ['after-crash'], 0);
    expect(await consume(kafka, GROUP, ['after-crash'])).toEqual(['after-crash']);
  });

  it('drops the oldest segments beyond the retention budget, also on disk', async () => {
    let kafka = await restart({ retentionBytesPerPartition: 4_096 });
    for (let round = 0; round < 40; round++) {
      await produce(kafka, 'bounded', [`round-${round}-${'x'.repeat(300)}`], 0);
    }
    const partitionDir = path.join(dataDir, 'topics', 'bounded', '0');
    const diskBytes = fs
      .readdirSync(partitionDir)
      .reduce((total, name) => total + fs.statSync(path.join(partitionDir, name)).size, 0);
    expect(diskBytes).toBeLessThanOrEqual(4_096 + 1_024);
    const before = await totals(kafka, 'bounded');
    expect(before.high).toBe(40);
    expect(before.low).toBeGreaterThan(0);
    const raw = await RawKafkaClient.connect((broker as RunningKafkaBroker).port);
    raw.sendRequest(ApiKey.Fetch, 4, 1, fetchRequestBody('bounded', 0, 0));
    raw.sendRequest(ApiKey.Fetch, 4, 2, fetchRequestBody('bounded', before.low, 0));
    const [belowStart, atStart] = await Promise.all([raw.response(1), raw.response(2)]);
    raw.close();
    expect(fetchResponseErrorCode(belowStart, 'bounded')).toBe(OFFSET_OUT_OF_RANGE);
    expect(fetchResponseErrorCode(atStart, 'bounded')).toBe(0);

    kafka = await restart({ retentionBytesPerPartition: 4_096 });
    expect(await totals(kafka, 'bounded')).toMatchObject({ high: 40, low: before.low });
  });
});
