import { randomUUID } from 'node:crypto';
import { Test, TestingModule } from '@nestjs/testing';
import { EventEnvelope, PatientDataAccessed, PatientRecordRef, PayloadOf, Topic } from '@praxis/contracts';
import { MessagingModule, PatientDataTrail } from '@praxis/messaging';
import { TenancyModule, TenantContext, TenantTransactions } from '@praxis/tenancy';
import { createIsolatedDatabase, IsolatedDatabase } from '@praxis/testing';
import { DataSource } from 'typeorm';

interface OutboxRow {
  topic: string;
  message_key: string;
  envelope: EventEnvelope<PayloadOf<typeof PatientDataAccessed>>;
}

class RolledBack extends Error {}

/** The recorder every service uses, against scheduling's real, migrated database: what the trail leaves in the outbox is what Kafka will carry. */
describe('PatientDataTrail', () => {
  let database: IsolatedDatabase;
  let dataSource: DataSource;
  let trail: PatientDataTrail;
  let transactions: TenantTransactions;
  let context: TenantContext;
  let module: TestingModule;

  beforeAll(async () => {
    database = await createIsolatedDatabase('scheduling');
    dataSource = await new DataSource({ type: 'postgres', url: database.appUrl }).initialize();
    // Compiled, not started: no relay drains the outbox under the test's feet.
    const unitsOfWork = {
      module: class TestDatabase {},
      global: true,
      providers: [{ provide: DataSource, useValue: dataSource }, TenantTransactions],
      exports: [DataSource, TenantTransactions],
    };
    module = await Test.createTestingModule({
      imports: [
        TenancyModule,
        unitsOfWork,
        MessagingModule.forService({ serviceName: 'scheduling', brokers: ['127.0.0.1:9'] }),
      ],
    }).compile();
    [trail, transactions, context] = [
      module.get(PatientDataTrail),
      module.get(TenantTransactions),
      module.get(TenantContext),
    ];
  });
  afterAll(async () => {
    await module?.close();
    await dataSource?.destroy();
    await database?.drop();
  });

  const asStaff = <T>(tenantId: string, userId: string, work: () => Promise<T>) =>
    context.runAs({ tenantId, userId, roles: ['front_desk'] }, 'req-42', work);
  const outboxOf = (tenantId: string): Promise<OutboxRow[]> =>
    dataSource.query(`SELECT topic, message_key, envelope FROM outbox_events WHERE tenant_id = $1 ORDER BY position`, [
      tenantId,
    ]);
  const visits = (count: number): PatientRecordRef[] =>
    Array.from({ length: count }, () => ({ patientId: randomUUID(), kind: 'visit', id: randomUUID() }));

  it('writes who read what, keyed by the staff member, splitting a large disclosure into events of a thousand records', async () => {
    const [tenantId, userId] = [randomUUID(), randomUUID()];
    const disclosed = visits(2_500);
    await asStaff(tenantId, userId, () =>
      transactions.run((manager) => trail.record(manager, 'read', disclosed, new Date('2026-03-02T15:04:05Z'))),
    );
    const rows = await outboxOf(tenantId);
    expect(rows.map((row) => [row.topic, row.message_key, row.envelope.payload.records.length])).toEqual([
      [Topic.AuditPatientData, userId, 1_000],
      [Topic.AuditPatientData, userId, 1_000],
      [Topic.AuditPatientData, userId, 500],
    ]);
    expect(rows.flatMap((row) => row.envelope.payload.records)).toEqual(disclosed);
    expect(rows[0].envelope.payload).toMatchObject({
      service: 'scheduling',
      actorUserId: userId,
      action: 'read',
      requestId: 'req-42',
      occurredAt: '2026-03-02T15:04:05.000Z',
    });
  });

  it('leaves nothing when the unit of work rolls back, or when nothing was disclosed', async () => {
    const [tenantId, userId] = [randomUUID(), randomUUID()];
    const change = asStaff(tenantId, userId, () =>
      transactions.run(async (manager) => {
        await trail.record(manager, 'update', visits(1));
        throw new RolledBack();
      }),
    );
    await expect(change).rejects.toBeInstanceOf(RolledBack);
    await asStaff(tenantId, userId, () => transactions.run((manager) => trail.record(manager, 'read', [])));
    expect(await outboxOf(tenantId)).toEqual([]);
  });
});
