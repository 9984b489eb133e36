import type { Consumer, Kafka } from 'kafkajs';
import { startKafkaBroker, type RunningKafkaBroker } from '../index';
import { createTestKafka, FAST_CONSUMER } from '../testing/kafka-clients';
import { waitFor } from '../testing/wait-for';

interface TrackedConsumer {
  consumer: Consumer;
  assigned: number[];
  values: string[];
}

describe('consumer groups', () => {
  let broker: RunningKafkaBroker;
  let kafka: Kafka;
  const running: Consumer[] = [];

  beforeAll(async () => {
    broker = await startKafkaBroker({ logLevel: 'silent' });
    kafka = createTestKafka(broker.brokers, 'consumer-groups-spec');
  });

  afterEach(async () => {
    await Promise.all(running.splice(0).map((consumer) => consumer.disconnect()));
  });

  afterAll(async () => {
    await broker.stop();
  });

  async function startMember(groupId: string, topic: string): Promise<TrackedConsumer> {
    const consumer = kafka.consumer({ groupId, ...FAST_CONSUMER });
    running.push(consumer);
    const tracked: TrackedConsumer = { consumer, assigned: [], values: [] };
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      tracked.assigned = [...(payload.memberAssignment[topic] ?? [])].sort((left, right) => left - right);
    });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void tracked.values.push(String(message.value)) });
    return tracked;
  }

  async function produce(
    topic: string,
    values: string[],
    partitionOf: (index: number) => number | undefined = () => undefined,
  ): Promise<void> {
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, messages: values.map((value, index) => ({ value, partition: partitionOf(index) })) });
    await producer.disconnect();
  }

  it('splits six partitions between two members and hands all of them over when one leaves', async () => {
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'split', numPartitions: 6 }] });
    await admin.disconnect();

    const first = await startMember('splitters', 'split');
    const second = await startMember('splitters', 'split');
    await waitFor(
      'both members to own three partitions',
      () => first.assigned.length === 3 && second.assigned.length === 3,
    );
    expect([...first.assigned, ...second.assigned].sort()).toEqual([0, 1, 2, 3, 4, 5]);

    await second.consumer.disconnect();
    await waitFor('the remaining member to own all six partitions', () => first.assigned.length === 6);
    expect(first.assigned).toEqual([0, 1, 2, 3, 4, 5]);

    const values = Array.from({ length: 12 }, (_, index) => `after-handover-${index}`);
    await produce('split', values, (index) => index % 6);
    await waitFor('the survivor to receive every new message', () =>
      values.every((value) => first.values.includes(value)),
    );
  });

  it('resumes from the committed offset after a consumer restart', async () => {
    const before = Array.from({ length: 30 }, (_, index) => `before-${index}`);
    await produce('resume', before);
    const firstRun = await startMember('resumers', 'resume');
    await waitFor('the first run to read everything', () => firstRun.values.length === 30);
    await firstRun.consumer.disconnect();

    const admin = kafka.admin();
    await admin.connect();
    const [committed] = await admin.fetchOffsets({ groupId: 'resumers', topics: ['resume'] });
    await admin.disconnect();
    expect(committed.partitions.reduce((total, partition) => total + Number(partition.offset), 0)).toBe(30);

    const after = Array.from({ length: 20 }, (_, index) => `after-${index}`);
    await produce('resume', after);
    const secondRun = await startMember('resumers', 'resume');
    await waitFor('the second run to read the new messages', () =>
      after.every((value) => secondRun.values.includes(value)),
    );
    expect(secondRun.values.sort()).toEqual([...after].sort());
  });

  it('describes a stable group with its members', async () => {
    await startMember('described', 'described-topic');
    const admin = kafka.admin();
    await admin.connect();
    let description = await admin.describeGroups(['described']);
    await waitFor('the group to become stable', async () => {
      description = await admin.describeGroups(['described']);
      return description.groups[0].state === 'Stable';
    });
    await admin.disconnect();
    expect(description.groups[0].members).toHaveLength(1);
    expect(description.groups[0].protocolType).toBe('consumer');
  });
});
