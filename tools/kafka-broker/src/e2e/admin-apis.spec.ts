import { type Admin, ConfigResourceTypes, type Kafka } from 'kafkajs';
import { startKafkaBroker, type RunningKafkaBroker } from '../index';
import { createTestKafka } from '../testing/kafka-clients';

describe('admin APIs', () => {
  let broker: RunningKafkaBroker;
  let kafka: Kafka;
  let admin: Admin;

  beforeAll(async () => {
    broker = await startKafkaBroker({
      logLevel: 'silent',
      messageMaxBytes: 2_000_000,
      groupMinSessionTimeoutMs: 1_000,
    });
    kafka = createTestKafka(broker.brokers, 'admin-apis-spec');
    admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [{ topic: 'tuned', configEntries: [{ name: 'max.message.bytes', value: '50000' }] }, { topic: 'plain' }],
    });
  });

  afterAll(async () => {
    await admin.disconnect();
    await broker.stop();
  });

  async function configsOf(
    type: ConfigResourceTypes,
    name: string,
    configNames?: string[],
  ): Promise<Record<string, string>> {
    const { resources } = await admin.describeConfigs({
      resources: [{ type, name, configNames }],
      includeSynonyms: false,
    });
    return Object.fromEntries(resources[0].configEntries.map((entry) => [entry.configName, entry.configValue]));
  }

  it('describes the limits each topic and the broker enforce', async () => {
    expect(await configsOf(ConfigResourceTypes.TOPIC, 'tuned', ['max.message.bytes'])).toEqual({
      'max.message.bytes': '50000',
    });
    expect(await configsOf(ConfigResourceTypes.TOPIC, 'plain')).toMatchObject({
      'max.message.bytes': '2000000',
      'retention.ms': '-1',
    });
    expect(await configsOf(ConfigResourceTypes.BROKER, '0')).toMatchObject({
      'message.max.bytes': '2000000',
      'group.min.session.timeout.ms': '1000',
      'group.max.session.timeout.ms': '1800000',
    });
  });

  it('answers an unknown topic with UNKNOWN_TOPIC_OR_PARTITION', async () => {
    await expect(configsOf(ConfigResourceTypes.TOPIC, 'missing')).rejects.toMatchObject({
      type: 'UNKNOWN_TOPIC_OR_PARTITION',
    });
  });

  it('refuses CreatePartitions, DeleteGroups and transactions cleanly and keeps serving the client', async () => {
    const unsupported = { name: 'KafkaJSServerDoesNotSupportApiKey' };
    await expect(admin.createPartitions({ topicPartitions: [{ topic: 'plain', count: 6 }] })).rejects.toMatchObject(
      unsupported,
    );
    await expect(admin.deleteGroups(['nobody'])).rejects.toMatchObject(unsupported);
    const producer = kafka.producer({ transactionalId: 'billing-run', idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    try {
      const transaction = await producer.transaction();
      await expect(
        transaction.send({ topic: 'plain', messages: [{ value: 'in a transaction' }] }),
      ).rejects.toMatchObject(unsupported);
    } finally {
      await producer.disconnect();
    }
    expect(await admin.listTopics()).toEqual(expect.arrayContaining(['tuned', 'plain']));
  });
});
