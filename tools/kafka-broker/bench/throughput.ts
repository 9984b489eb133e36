import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import encodeRequest = require('kafkajs/src/protocol/request');
import produceV3Request = require('kafkajs/src/protocol/requests/produce/v3/request');
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { startKafkaBroker, type RunningKafkaBroker } from '../src/index';
import { RawKafkaClient } from '../src/testing/raw-kafka-client';

/**
 * Produce/consume throughput and end-to-end latency against an in-memory broker, with kafkajs as the
 * client over loopback TCP. Bounded: fixed message counts plus a hard deadline.
 */
const MESSAGE_BYTES = 1024;
const THROUGHPUT_MESSAGES = 50_000;
const MESSAGES_PER_SEND = 500;
const LATENCY_SAMPLES = 2_000;
const DEADLINE_MS = 110_000;
const PARTITIONS = 3;
/** One ~1 MB record per partition: each batch stays under Kafka's default message.max.bytes. */
const LARGE_FRAME_PARTITIONS = 32;
const LARGE_FRAME_RECORD_BYTES = 1_000_000;
const SOCKET_WRITE_BYTES = 64 * 1024;

interface Row {
  metric: string;
  value: string;
}

async function measureProduce(kafka: Kafka, topic: string): Promise<number> {
  const producer = kafka.producer();
  await producer.connect();
  const value = Buffer.alloc(MESSAGE_BYTES, 'x');
  const started = performance.now();
  for (let sent = 0; sent < THROUGHPUT_MESSAGES; sent += MESSAGES_PER_SEND) {
    const messages = Array.from({ length: MESSAGES_PER_SEND }, (_, index) => ({ key: String(sent + index), value }));
    await producer.send({ topic, acks: 1, messages });
  }
  const elapsedMs = performance.now() - started;
  await producer.disconnect();
  return (THROUGHPUT_MESSAGES / elapsedMs) * 1000;
}

async function measureConsume(kafka: Kafka, topic: string): Promise<number> {
  const consumer = kafka.consumer({ groupId: 'bench-throughput', maxWaitTimeInMs: 100, maxBytes: 50 * 1024 * 1024 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let received = 0;
  let firstAt = 0;
  const done = new Promise<number>((resolve) => {
    void consumer.run({
      eachBatch: async ({ batch }) => {
        firstAt ||= performance.now();
        received += batch.messages.length;
        if (received >= THROUGHPUT_MESSAGES) resolve(performance.now());
      },
    });
  });
  const finishedAt = await done;
  await consumer.disconnect();
  return (received / (finishedAt - firstAt)) * 1000;
}

async function startLatencyConsumer(kafka: Kafka, topic: string, latencies: number[]): Promise<Consumer> {
  const consumer = kafka.consumer({ groupId: 'bench-latency', maxWaitTimeInMs: 500 });
  await consumer.connect();
  // fromBeginning on a fresh topic: nothing sent after the join can be skipped by offset resolution.
  await consumer.subscribe({ topic, fromBeginning: true });
  let joined: () => void = () => undefined;
  const groupJoined = new Promise<void>((resolve) => (joined = resolve));
  consumer.on(consumer.events.GROUP_JOIN, () => joined());
  await consumer.run({
    eachMessage: async ({ message }) => {
      latencies.push(performance.now() - Number(message.headers?.sentAt?.toString()));
    },
  });
  await groupJoined;
  return consumer;
}

async function measureLatency(kafka: Kafka, topic: string): Promise<{ p50: number; p99: number }> {
  const latencies: number[] = [];
  const consumer = await startLatencyConsumer(kafka, topic, latencies);
  const producer = kafka.producer();
  await producer.connect();
  const value = Buffer.alloc(MESSAGE_BYTES, 'y');
  for (let index = 0; index < LATENCY_SAMPLES; index++) {
    await producer.send({ topic, acks: 1, messages: [{ value, headers: { sentAt: String(performance.now()) } }] });
  }
  while (latencies.length < LATENCY_SAMPLES) await new Promise((resolve) => setTimeout(resolve, 10));
  await Promise.all([producer.disconnect(), consumer.disconnect()]);
  const sorted = [...latencies].sort((left, right) => left - right);
  const percentile = (fraction: number): number =>
    sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
  return { p50: percentile(0.5), p99: percentile(0.99) };
}

/** A ~32 MB produce request whose 4-byte size prefix arrives as 2 + 2 bytes: time from its body's first byte to the answer. */
async function measureSplitPrefixFrame(kafka: Kafka, broker: RunningKafkaBroker): Promise<number> {
  const topic = 'bench-large-frame';
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: LARGE_FRAME_PARTITIONS }] });
  await admin.disconnect();
  const value = Buffer.alloc(LARGE_FRAME_RECORD_BYTES, 'z');
  const partitions = Array.from({ length: LARGE_FRAME_PARTITIONS }, (_, partition) => ({
    partition,
    messages: [{ value }],
  }));
  const request = produceV3Request({ acks: 1, timeout: 30_000, topicData: [{ topic, partitions }] });
  const frame = (await encodeRequest({ correlationId: 1, clientId: 'bench-large-frame', request })).buffer;
  const client = await RawKafkaClient.connect(broker.port);
  try {
    // Pauses make the halves of the prefix arrive as separate reads, the case that used to re-join every chunk.
    client.send(frame.subarray(0, 2));
    await sleep(50);
    client.send(frame.subarray(2, 4));
    await sleep(50);
    const started = performance.now();
    for (let position = 4; position < frame.length; position += SOCKET_WRITE_BYTES)
      client.send(frame.subarray(position, position + SOCKET_WRITE_BYTES));
    await client.response(1);
    return performance.now() - started;
  } finally {
    client.close();
  }
}

function printTable(rows: Row[]): void {
  const width = Math.max(...rows.map((row) => row.metric.length));
  console.log(`\nkafka-broker benchmark (kafkajs client, ${MESSAGE_BYTES} B messages, ${PARTITIONS} partitions)`);
  console.log(`${'metric'.padEnd(width)} | value`);
  console.log(`${'-'.repeat(width)}-|-${'-'.repeat(20)}`);
  rows.forEach((row) => console.log(`${row.metric.padEnd(width)} | ${row.value}`));
}

async function main(): Promise<void> {
  const broker = await startKafkaBroker({
    logLevel: 'warn',
    defaultPartitions: PARTITIONS,
    retentionBytesPerPartition: 256 * 1024 * 1024,
  });
  const kafka = new Kafka({ clientId: 'bench', brokers: broker.brokers, logLevel: logLevel.NOTHING });
  const deadline = setTimeout(() => {
    console.error(`benchmark exceeded ${DEADLINE_MS} ms`);
    process.exit(1);
  }, DEADLINE_MS);
  try {
    const produceRate = await measureProduce(kafka, 'bench-throughput');
    const consumeRate = await measureConsume(kafka, 'bench-throughput');
    const latency = await measureLatency(kafka, 'bench-latency');
    const splitFrameMs = await measureSplitPrefixFrame(kafka, broker);
    printTable([
      {
        metric: `produce (${THROUGHPUT_MESSAGES} msgs, ${MESSAGES_PER_SEND}/send, acks=1)`,
        value: `${Math.round(produceRate).toLocaleString('en-US')} msg/s`,
      },
      {
        metric: `consume (${THROUGHPUT_MESSAGES} msgs)`,
        value: `${Math.round(consumeRate).toLocaleString('en-US')} msg/s`,
      },
      { metric: `end-to-end latency p50 (${LATENCY_SAMPLES} sequential sends)`, value: `${latency.p50.toFixed(2)} ms` },
      { metric: 'end-to-end latency p99', value: `${latency.p99.toFixed(2)} ms` },
      {
        metric: `${LARGE_FRAME_PARTITIONS} MB produce request, size prefix split 2 + 2`,
        value: `${splitFrameMs.toFixed(0)} ms to the answer`,
      },
    ]);
  } finally {
    clearTimeout(deadline);
    await broker.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
