import { randomUUID } from 'node:crypto';
import { Controller, Global, INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { buildEnvelope, deadLetterTopicOf, EventEnvelope, isEvent, TenantCreated, Topic } from '@praxis/contracts';
import { TenancyModule, TenantContext, TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { ConsumeEvents } from '../src/inbox/consume-events';
import { kafkaTransportOptions } from '../src/kafka/kafka-transport';
import { MessagingModule } from '../src/messaging.module';
import { MessagingBench } from './messaging-test-bench';

const POISON = 'Poison Clinic';

@Controller()
class ClinicsSeen {
  constructor(private readonly context: TenantContext) {}

  @ConsumeEvents(Topic.IdentityTenants, [TenantCreated])
  async onTenantEvent(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    if (!isEvent(TenantCreated, envelope)) return;
    if (envelope.payload.legalName === POISON) throw new Error('this clinic cannot be read');
    await manager.query(`INSERT INTO effects (event_id, tenant_id) VALUES ($1, $2)`, [
      envelope.id,
      this.context.tenantId,
    ]);
  }
}

describe('a method marked @ConsumeEvents', () => {
  const serviceName = `consume-events-spec-${randomUUID().slice(0, 8)}`;
  let bench: MessagingBench;
  let consumer: INestMicroservice;

  const publish = async (legalName: string) => {
    const tenantId = randomUUID();
    const envelope = buildEnvelope(TenantCreated, {
      tenantId,
      aggregateId: tenantId,
      correlationId: 'spec',
      payload: { tenantId, legalName, npi: '1234567893', timeZone: 'America/Chicago' },
    });
    await bench.producer.send([
      { topic: Topic.IdentityTenants, messages: [{ key: tenantId, value: JSON.stringify(envelope) }] },
    ]);
    return envelope;
  };

  beforeAll(async () => {
    bench = await MessagingBench.start(serviceName);
    const settings = { serviceName, brokers: bench.brokers, consumerGroup: serviceName };

    // What a service's platform module provides to every module, the messaging one included.
    @Global()
    @Module({
      imports: [TenancyModule, TypeOrmModule.forRoot({ type: 'postgres', url: bench.databaseUrl })],
      providers: [TenantTransactions],
      exports: [TenantTransactions],
    })
    class ServiceFoundation {}

    @Module({ imports: [ServiceFoundation, MessagingModule.forService(settings)], controllers: [ClinicsSeen] })
    class ConsumerModule {}

    consumer = await NestFactory.createMicroservice(ConsumerModule, {
      ...kafkaTransportOptions(settings),
      logger: false,
      abortOnError: false,
    });
    await consumer.listen();
  });

  afterAll(async () => {
    await consumer?.close();
    await bench.close();
  });

  it('receives each event once, in the clinic it belongs to', async () => {
    const event = await publish('Lakeside Family Practice');

    const effects = await bench.until(() =>
      bench.dataSource.query(`SELECT tenant_id FROM effects WHERE event_id = $1`, [event.id]),
    );

    expect(effects).toEqual([{ tenant_id: event.tenantId }]);
    await expect(
      bench.dataSource.query(`SELECT consumer FROM inbox_events WHERE event_id = $1`, [event.id]),
    ).resolves.toEqual([{ consumer: serviceName }]);
  });

  it('parks an event it keeps failing on in the dead-letter topic, naming the reason, and moves on', async () => {
    const poison = await publish(POISON);
    const next = await publish('Riverside Clinic');

    const [parked] = await bench.read(
      deadLetterTopicOf(Topic.IdentityTenants),
      (letter) => letter.key === poison.tenantId,
      1,
    );

    expect(parked.headers).toEqual(
      expect.objectContaining({ 'dlt-reason': 'Error: this clinic cannot be read', 'dlt-consumer': serviceName }),
    );
    expect(
      await bench.until(() => bench.dataSource.query(`SELECT 1 FROM effects WHERE event_id = $1`, [next.id])),
    ).toHaveLength(1);
  });
});
