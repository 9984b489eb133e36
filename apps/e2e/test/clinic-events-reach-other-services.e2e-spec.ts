import { startKafkaBroker, RunningKafkaBroker } from '@praxis/kafka-broker';
import { TenantCreated, Topic } from '@praxis/contracts';
import {
  aClinicSignUp,
  BuiltService,
  createIsolatedDatabase,
  eventually,
  freePortNumber,
  internalHeaders,
  IsolatedDatabase,
  serviceTestEnvironment,
  startBuiltService,
  TEST_ACCESS_SECRET,
} from '@praxis/testing';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import request from 'supertest';

const readTopic = async (brokers: string[], topic: string, expected: number) => {
  const kafka = new Kafka({ clientId: 'e2e-reader', brokers, logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `e2e-reader-${Date.now()}-${Math.random()}` });
  const messages: Array<{ key: string; value: string; headers: Record<string, string> }> = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const headers = Object.fromEntries(
        Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]),
      );
      messages.push({ key: String(message.key), value: String(message.value), headers });
    },
  });
  await eventually(async () => expect(messages.length).toBeGreaterThanOrEqual(expected), 30_000);
  await new Promise((resolve) => setTimeout(resolve, 500));
  await consumer.disconnect();
  return messages;
};

const knownClinics = async (database: IsolatedDatabase, tenantId: string): Promise<number> => {
  const client = new Client({ connectionString: database.appUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
    const { rows } = await client.query('SELECT count(*)::int AS count FROM known_clinics');
    await client.query('COMMIT');
    return rows[0].count;
  } finally {
    await client.end();
  }
};

describe('clinic events reach other services through the outbox and the inbox', () => {
  let broker: RunningKafkaBroker;
  let brokerPort: number;
  let identityDb: IsolatedDatabase;
  let schedulingDb: IsolatedDatabase;
  let identity: BuiltService;
  let scheduling: BuiltService;

  beforeAll(async () => {
    brokerPort = await freePortNumber();
    broker = await startKafkaBroker({ port: brokerPort, logLevel: 'silent' });
    [identityDb, schedulingDb] = await Promise.all([
      createIsolatedDatabase('identity'),
      createIsolatedDatabase('scheduling'),
    ]);
    const kafka = { KAFKA_BROKERS: broker.brokers.join(',') };
    identity = await startBuiltService('identity', {
      ...serviceTestEnvironment('identity'),
      ...kafka,
      DATABASE_URL: identityDb.appUrl,
      ACCESS_TOKEN_SECRET: TEST_ACCESS_SECRET,
    });
    scheduling = await startBuiltService('scheduling', {
      ...serviceTestEnvironment('scheduling'),
      ...kafka,
      DATABASE_URL: schedulingDb.appUrl,
    });
  });

  afterAll(async () => {
    await scheduling?.stop();
    await identity?.stop();
    await broker?.stop();
    await identityDb?.drop();
    await schedulingDb?.drop();
  });

  const signUp = async () => {
    const response = await request(identity.url)
      .post('/api/v1/clinics')
      .set(await internalHeaders())
      .send(aClinicSignUp())
      .expect(201);
    return response.body.clinicId as string;
  };

  it('copies a new clinic into scheduling’s own directory', async () => {
    const clinicId = await signUp();
    await eventually(async () => expect(await knownClinics(schedulingDb, clinicId)).toBe(1), 30_000);
  });

  it('publishes every event exactly once when the broker was down at commit time', async () => {
    await broker.stop();
    const clinicIds = [await signUp(), await signUp(), await signUp()];
    broker = await startKafkaBroker({ port: brokerPort, logLevel: 'silent' });
    const published = await readTopic(broker.brokers, Topic.IdentityTenants, clinicIds.length);
    const created = published
      .map((message) => JSON.parse(message.value))
      .filter((event) => event.type === TenantCreated.type);
    expect(created.map((event) => event.tenantId).sort()).toEqual([...clinicIds].sort());
    for (const clinicId of clinicIds) {
      await eventually(async () => expect(await knownClinics(schedulingDb, clinicId)).toBe(1), 30_000);
    }
  });

  it('applies a redelivered event once, and parks a poison event on the dead-letter topic with the reason', async () => {
    const clinicId = await signUp();
    const [original] = (await readTopic(broker.brokers, Topic.IdentityTenants, 1)).filter(
      (message) => JSON.parse(message.value).tenantId === clinicId,
    );
    const producer = new Kafka({
      clientId: 'e2e-replayer',
      brokers: broker.brokers,
      logLevel: logLevel.NOTHING,
    }).producer();
    await producer.connect();
    await producer.send({
      topic: Topic.IdentityTenants,
      messages: [
        { key: original.key, value: original.value },
        { key: 'poison', value: '{"not":"an event"}' },
      ],
    });
    await producer.disconnect();
    const [deadLetter] = await readTopic(broker.brokers, `${Topic.IdentityTenants}.dlt`, 1);
    expect(deadLetter.headers['dlt-reason']).toMatch(/envelope/);
    expect(deadLetter.headers['dlt-consumer']).toBe('scheduling');
    const owner = new Client({ connectionString: schedulingDb.ownerUrl });
    await owner.connect();
    const { rows } = await owner.query('SELECT count(*)::int AS count FROM inbox_events WHERE event_id = $1', [
      JSON.parse(original.value).id,
    ]);
    await owner.end();
    expect(rows[0].count).toBe(1);
    expect(await knownClinics(schedulingDb, clinicId)).toBe(1);
  });
});
