import { setTimeout as sleep } from 'node:timers/promises';
import encodeRequest = require('kafkajs/src/protocol/request');
import produceV3Request = require('kafkajs/src/protocol/requests/produce/v3/request');
import { decode as decodeProduceResponse } from 'kafkajs/src/protocol/requests/produce/v3/response';
import type { Consumer, Kafka, Producer } from 'kafkajs';
import { startKafkaBroker, type RunningKafkaBroker } from '../index';
import { ApiKey } from '../protocol/api-keys';
import { createTestKafka, FAST_CONSUMER } from '../testing/kafka-clients';
import { RawKafkaClient } from '../testing/raw-kafka-client';
import { fetchRequestBody, metadataRequestBody } from '../testing/raw-requests';
import { waitFor } from '../testing/wait-for';

const UNSUPPORTED_VERSION = 35;
const MAX_FRAME_BYTES = 1024 * 1024;

function activeTimers(): number {
  return process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
}

describe('protocol robustness', () => {
  let broker: RunningKafkaBroker;
  const rawClients: RawKafkaClient[] = [];

  beforeAll(async () => {
    broker = await startKafkaBroker({ logLevel: 'silent', maxFrameBytes: MAX_FRAME_BYTES });
  });

  afterEach(() => {
    rawClients.splice(0).forEach((client) => client.close());
  });

  afterAll(async () => {
    await broker.stop();
  });

  async function rawClient(): Promise<RawKafkaClient> {
    const client = await RawKafkaClient.connect(broker.port);
    rawClients.push(client);
    return client;
  }

  it('answers unsupported API versions and unknown API keys with UNSUPPORTED_VERSION', async () => {
    const client = await rawClient();
    client.sendRequest(ApiKey.Metadata, 99, 1);
    client.sendRequest(999, 0, 2);
    client.sendRequest(ApiKey.ApiVersions, 42, 3);
    client.sendRequest(ApiKey.ApiVersions, 0, 4);
    expect((await client.response(1)).readInt16BE(0)).toBe(UNSUPPORTED_VERSION);
    expect((await client.response(2)).readInt16BE(0)).toBe(UNSUPPORTED_VERSION);
    const versions = await client.response(3);
    expect(versions.readInt16BE(0)).toBe(UNSUPPORTED_VERSION);
    expect(versions.readInt32BE(2)).toBeGreaterThan(10);
    expect((await client.response(4)).readInt16BE(0)).toBe(0);
    expect(client.closed).toBe(false);
  });

  it('answers requests on one connection in order, even behind a long-polling fetch', async () => {
    const client = await rawClient();
    client.sendRequest(ApiKey.Metadata, 4, 1, metadataRequestBody('ordered'));
    await client.response(1);
    client.sendRequest(ApiKey.Fetch, 4, 2, fetchRequestBody('ordered', 0, 300));
    client.sendRequest(ApiKey.ApiVersions, 0, 3);
    await client.response(3);
    expect(client.arrivalOrder).toEqual([1, 2, 3]);
  });

  it('clears the long-poll of a client that disconnects mid-fetch', async () => {
    const client = await rawClient();
    client.sendRequest(ApiKey.Metadata, 4, 1, metadataRequestBody('abandoned'));
    await client.response(1);
    const timersBefore = activeTimers();
    client.sendRequest(ApiKey.Fetch, 4, 2, fetchRequestBody('abandoned', 0, 30_000));
    await waitFor('the fetch to start waiting', () => activeTimers() > timersBefore);
    client.close();
    await waitFor('the fetch timer to be cleared', () => activeTimers() <= timersBefore);
  });

  describe('with a live kafkajs client', () => {
    let kafka: Kafka;
    let producer: Producer;
    let consumer: Consumer;
    const received: string[] = [];

    beforeAll(async () => {
      kafka = createTestKafka(broker.brokers, 'robustness-spec');
      producer = kafka.producer();
      consumer = kafka.consumer({ groupId: 'robust-readers', ...FAST_CONSUMER });
      await Promise.all([producer.connect(), consumer.connect()]);
      await consumer.subscribe({ topic: 'robust', fromBeginning: true });
      await consumer.run({ eachMessage: async ({ message }) => void received.push(String(message.value)) });
      await producer.send({ topic: 'robust', messages: [{ value: 'before' }] });
      await waitFor('the first message', () => received.includes('before'));
    });

    afterAll(async () => {
      await Promise.all([producer.disconnect(), consumer.disconnect()]);
    });

    it('closes connections that send garbage or oversized frames and keeps serving others', async () => {
      const garbage = await rawClient();
      garbage.send(Buffer.from('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n'));
      const oversized = await rawClient();
      const size = Buffer.alloc(4);
      size.writeInt32BE(MAX_FRAME_BYTES + 1);
      oversized.send(size);
      const truncated = await rawClient();
      truncated.send(Buffer.from([0, 0, 0, 12, 0, 3, 0, 4, 0, 0, 0, 1, 0x7f, 0xff, 0, 0]));
      await waitFor(
        'the broker to close all three bad connections',
        () => garbage.closed && oversized.closed && truncated.closed,
      );

      await producer.send({ topic: 'robust', messages: [{ value: 'after' }] });
      await waitFor('the consumer to keep receiving', () => received.includes('after'));
      const healthy = await rawClient();
      healthy.sendRequest(ApiKey.ApiVersions, 0, 7);
      expect((await healthy.response(7)).readInt16BE(0)).toBe(0);
    });
  });

  it('decodes a 24 MB produce request whose size prefix and body arrive in many small reads', async () => {
    const bigBroker = await startKafkaBroker({ logLevel: 'silent', defaultPartitions: 24 });
    const client = await RawKafkaClient.connect(bigBroker.port);
    try {
      const value = Buffer.alloc(1_000_000, 'b');
      const request = produceV3Request({
        acks: 1,
        timeout: 5_000,
        topicData: [
          {
            topic: 'large-frames',
            partitions: Array.from({ length: 24 }, (_, partition) => ({ partition, messages: [{ value }] })),
          },
        ],
      });
      const frame = (await encodeRequest({ correlationId: 42, clientId: 'raw-large', request })).buffer;
      for (const piece of [frame.subarray(0, 2), frame.subarray(2, 4), frame.subarray(4, 5)]) {
        client.send(piece);
        await sleep(20);
      }
      for (let position = 5; position < frame.length; position += 64 * 1024)
        client.send(frame.subarray(position, position + 64 * 1024));
      const response = await decodeProduceResponse(await client.response(42));
      expect(response.topics[0].partitions.map((partition) => partition.errorCode)).toEqual(
        Array.from({ length: 24 }, () => 0),
      );

      const admin = createTestKafka(bigBroker.brokers, 'large-frame-check').admin();
      await admin.connect();
      const offsets = await admin.fetchTopicOffsets('large-frames');
      await admin.disconnect();
      expect(offsets.map((partition) => partition.high)).toEqual(Array.from({ length: 24 }, () => '1'));
    } finally {
      client.close();
      await bigBroker.stop();
    }
  });
});
