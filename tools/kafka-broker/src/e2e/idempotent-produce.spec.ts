import encodeRequest = require('kafkajs/src/protocol/request');
import produceV3Request = require('kafkajs/src/protocol/requests/produce/v3/request');
import { decode as decodeProduceResponse } from 'kafkajs/src/protocol/requests/produce/v3/response';
import { decode as decodeInitProducerIdResponse } from 'kafkajs/src/protocol/requests/initProducerId/v0/response';
import type { Kafka } from 'kafkajs';
import { startKafkaBroker, type RunningKafkaBroker } from '../index';
import { ApiKey } from '../protocol/api-keys';
import { createTestKafka, FAST_CONSUMER } from '../testing/kafka-clients';
import { RawKafkaClient } from '../testing/raw-kafka-client';
import { waitFor } from '../testing/wait-for';

const TOPIC = 'payments';
const OUT_OF_ORDER_SEQUENCE_NUMBER = 45;

describe('idempotent producer', () => {
  let broker: RunningKafkaBroker;
  let kafka: Kafka;
  let raw: RawKafkaClient;
  let nextCorrelationId = 1;

  beforeAll(async () => {
    broker = await startKafkaBroker({ logLevel: 'silent', defaultPartitions: 1 });
    kafka = createTestKafka(broker.brokers, 'idempotent-spec');
    raw = await RawKafkaClient.connect(broker.port);
  });

  afterAll(async () => {
    raw.close();
    await broker.stop();
  });

  async function initProducerId(): Promise<number> {
    const correlationId = nextCorrelationId++;
    const body = Buffer.alloc(6);
    body.writeInt16BE(-1, 0);
    body.writeInt32BE(5_000, 2);
    raw.sendRequest(ApiKey.InitProducerId, 0, correlationId, body);
    const response = await decodeInitProducerIdResponse(await raw.response(correlationId));
    expect(response.errorCode).toBe(0);
    return Number(response.producerId);
  }

  async function produceFrame(producerId: number, firstSequence: number, values: string[]): Promise<Buffer> {
    const request = produceV3Request({
      acks: -1,
      timeout: 5_000,
      producerId,
      producerEpoch: 0,
      topicData: [
        { topic: TOPIC, partitions: [{ partition: 0, firstSequence, messages: values.map((value) => ({ value })) }] },
      ],
    });
    // The correlation id is patched per send so that the very same batch bytes can be retried.
    return (await encodeRequest({ correlationId: 0, clientId: 'raw-idempotent', request })).buffer;
  }

  async function send(frame: Buffer): Promise<{ errorCode: number; baseOffset: number }> {
    const correlationId = nextCorrelationId++;
    const copy = Buffer.from(frame);
    copy.writeInt32BE(correlationId, 8);
    raw.send(copy);
    const response = await decodeProduceResponse(await raw.response(correlationId));
    const [partition] = response.topics[0].partitions;
    return { errorCode: partition.errorCode, baseOffset: Number(partition.baseOffset) };
  }

  it('acknowledges a retried batch with its original offset and stores it once', async () => {
    const producerId = await initProducerId();
    const firstBatch = await produceFrame(producerId, 0, ['p-0', 'p-1', 'p-2']);

    expect(await send(firstBatch)).toEqual({ errorCode: 0, baseOffset: 0 });
    expect(await send(firstBatch)).toEqual({ errorCode: 0, baseOffset: 0 });
    expect(await send(await produceFrame(producerId, 3, ['p-3', 'p-4']))).toEqual({ errorCode: 0, baseOffset: 3 });
    expect(await send(firstBatch)).toEqual({ errorCode: 0, baseOffset: 0 });
    expect((await send(await produceFrame(producerId, 9, ['gap']))).errorCode).toBe(OUT_OF_ORDER_SEQUENCE_NUMBER);

    const values: string[] = [];
    const consumer = kafka.consumer({ groupId: 'payments-audit', ...FAST_CONSUMER });
    await consumer.connect();
    await consumer.subscribe({ topic: TOPIC, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void values.push(String(message.value)) });
    await waitFor('all stored messages', () => values.length >= 5);
    const admin = kafka.admin();
    await admin.connect();
    const [offsets] = await admin.fetchTopicOffsets(TOPIC);
    await admin.disconnect();
    await consumer.disconnect();
    expect(values).toEqual(['p-0', 'p-1', 'p-2', 'p-3', 'p-4']);
    expect(offsets.high).toBe('5');
  });

  it('works with a kafkajs producer created with idempotent: true', async () => {
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    for (let round = 0; round < 3; round++) {
      const [result] = await producer.send({
        topic: 'idempotent-kafkajs',
        acks: -1,
        messages: [{ value: `r${round}a` }, { value: `r${round}b` }],
      });
      expect(result.errorCode).toBe(0);
    }
    await producer.disconnect();
    const admin = kafka.admin();
    await admin.connect();
    const offsets = await admin.fetchTopicOffsets('idempotent-kafkajs');
    await admin.disconnect();
    expect(offsets.reduce((total, partition) => total + Number(partition.high), 0)).toBe(6);
  });
});
