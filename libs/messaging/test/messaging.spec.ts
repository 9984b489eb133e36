import { randomUUID } from 'node:crypto';
import {
  buildEnvelope,
  deadLetterTopicOf,
  EventEnvelope,
  EventRegistry,
  TenantCreated,
  Topic,
} from '@praxis/contracts';
import { EntityManager } from 'typeorm';
import { MAX_HANDLING_ATTEMPTS } from '../src/inbox/inbox';
import { MessagingBench } from './messaging-test-bench';

const aClinic = (tenantId: string = randomUUID()) => ({
  tenantId,
  legalName: 'Lakeside Family Practice',
  npi: '1234567893',
  timeZone: 'America/Chicago',
});
const tenantEvents = new EventRegistry([TenantCreated]);

describe('messaging', () => {
  let bench: MessagingBench;

  beforeAll(async () => {
    bench = await MessagingBench.start(`messaging-spec-${randomUUID().slice(0, 8)}`);
  });

  afterAll(() => bench.close());

  describe('the outbox', () => {
    const appendIn = (tenantId: string, legalName: string) =>
      bench.context.runAs({ tenantId, roles: [] }, undefined, () =>
        bench.transactions.run((manager) =>
          bench.outbox.append(manager, TenantCreated, {
            aggregateId: tenantId,
            payload: { ...aClinic(tenantId), legalName },
          }),
        ),
      );

    it('publishes committed events in the order they were committed, and never one whose transaction rolled back', async () => {
      const tenantId = randomUUID();
      await appendIn(tenantId, 'First');
      await appendIn(tenantId, 'Second');
      const rolledBack = bench.context.runAs({ tenantId, roles: [] }, undefined, () =>
        bench.transactions.run(async (manager) => {
          await bench.outbox.append(manager, TenantCreated, {
            aggregateId: tenantId,
            payload: { ...aClinic(tenantId), legalName: 'Never' },
          });
          throw new Error('the change failed');
        }),
      );
      await expect(rolledBack).rejects.toThrow('the change failed');
      await appendIn(tenantId, 'Third');

      expect(await bench.relay.publishPending()).toBe(3);

      const published = await bench.read(Topic.IdentityTenants, (message) => message.key === tenantId, 3);
      expect(
        published.map(
          (message) => (JSON.parse(message.value) as EventEnvelope<{ legalName: string }>).payload.legalName,
        ),
      ).toEqual(['First', 'Second', 'Third']);
      expect(await bench.relay.publishPending()).toBe(0);
    });
  });

  describe('the inbox', () => {
    const aMessage = (tenantId: string = randomUUID()) => {
      const envelope = buildEnvelope(TenantCreated, {
        tenantId,
        aggregateId: tenantId,
        correlationId: 'spec',
        payload: aClinic(tenantId),
      });
      return { topic: Topic.IdentityTenants, key: tenantId, value: envelope as unknown, envelope };
    };
    const effectsOf = async (eventId: string) =>
      bench.dataSource.query(`SELECT tenant_id FROM effects WHERE event_id = $1`, [eventId]);

    it('applies an event once, in its clinic, however often it is delivered', async () => {
      const message = aMessage();
      const tenantsSeen: string[] = [];
      const record = async (envelope: EventEnvelope, manager: EntityManager) => {
        tenantsSeen.push(bench.context.tenantId);
        await manager.query(`INSERT INTO effects (event_id, tenant_id) VALUES ($1, $2)`, [
          envelope.id,
          envelope.tenantId,
        ]);
      };

      await bench.inbox.receive(message, tenantEvents, record);
      await bench.inbox.receive(message, tenantEvents, record);

      expect(await effectsOf(message.envelope.id)).toEqual([{ tenant_id: message.envelope.tenantId }]);
      expect(tenantsSeen).toEqual([message.envelope.tenantId]);
    });

    it(`retries a handler that keeps failing ${MAX_HANDLING_ATTEMPTS} times, then parks the event on the dead-letter topic with the reason`, async () => {
      const message = aMessage();
      let attempts = 0;
      const failing = async () => {
        attempts += 1;
        throw new Error('the payer directory is down');
      };

      await bench.inbox.receive(message, tenantEvents, failing);

      expect(attempts).toBe(5);
      const [parked] = await bench.read(
        deadLetterTopicOf(Topic.IdentityTenants),
        (letter) => letter.key === message.key,
        1,
      );
      expect(JSON.parse(parked.value)).toEqual(message.envelope);
      expect(parked.headers).toEqual(
        expect.objectContaining({
          'dlt-reason': 'Error: the payer directory is down',
          'dlt-attempts': '5',
          'dlt-original-topic': Topic.IdentityTenants,
        }),
      );
      expect(await effectsOf(message.envelope.id)).toEqual([]);
    });
  });
});
