import { randomUUID } from 'node:crypto';
import { AsyncLocalStorage } from 'node:async_hooks';
import { TenantContext, TenantTransactions } from '@praxis/tenancy';
import { createIsolatedDatabase, IsolatedDatabase } from '@praxis/testing';
import { ClsService } from 'nestjs-cls';
import { DataSource } from 'typeorm';

describe('row-level security, as the role services connect with', () => {
  let database: IsolatedDatabase;
  let dataSource: DataSource;
  let transactions: TenantTransactions;
  const lakeside = randomUUID();
  const riverside = randomUUID();

  const addClinic = (tenantId: string, legalName: string, asTenant = tenantId) =>
    transactions.runFor(asTenant, (manager) =>
      manager.query(`INSERT INTO known_clinics (tenant_id, legal_name, time_zone) VALUES ($1, $2, 'America/Chicago')`, [
        tenantId,
        legalName,
      ]),
    );

  beforeAll(async () => {
    database = await createIsolatedDatabase('scheduling');
    dataSource = await new DataSource({ type: 'postgres', url: database.appUrl }).initialize();
    transactions = new TenantTransactions(dataSource, new TenantContext(new ClsService(new AsyncLocalStorage())));
    await addClinic(lakeside, 'Lakeside');
    await addClinic(riverside, 'Riverside');
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('shows a query that forgets its tenant filter only the rows of the transaction’s tenant', async () => {
    const seen = await transactions.runFor(lakeside, (manager) =>
      manager.query('SELECT legal_name FROM known_clinics'),
    );
    expect(seen).toEqual([{ legal_name: 'Lakeside' }]);
  });

  it('shows nothing at all when no tenant is set', async () => {
    expect(await dataSource.query('SELECT * FROM known_clinics')).toEqual([]);
  });

  it('refuses to write a row for another clinic', async () => {
    await expect(addClinic(randomUUID(), 'Intruder', lakeside)).rejects.toThrow(/row-level security/);
  });

  it('cannot be switched off by the service role', async () => {
    await expect(dataSource.query('ALTER TABLE known_clinics DISABLE ROW LEVEL SECURITY')).rejects.toThrow(/owner/);
  });
});
