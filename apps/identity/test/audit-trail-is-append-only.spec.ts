import { randomUUID } from 'node:crypto';
import { serviceTestEnvironment } from '@praxis/testing';
import { Client } from 'pg';

const INSUFFICIENT_PRIVILEGE = '42501';

/** As the role identity runs as: the trail takes new lines, and refuses to change or lose any. */
describe('the audit trail is append-only for the services', () => {
  const tenantId = randomUUID();
  const lineId = randomUUID();
  let app: Client;

  const asClinic = async <T>(statement: string, parameters: unknown[] = []): Promise<T[]> => {
    await app.query('BEGIN');
    try {
      await app.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
      const { rows } = await app.query(statement, parameters);
      await app.query('COMMIT');
      return rows as T[];
    } catch (error) {
      await app.query('ROLLBACK');
      throw error;
    }
  };

  beforeAll(async () => {
    app = new Client({ connectionString: serviceTestEnvironment('identity').DATABASE_URL });
    await app.connect();
    await asClinic(
      `INSERT INTO audit_events (id, tenant_id, service, actor_user_id, action, patient_id, record_id, request_id)
       VALUES ($1, $2, 'scheduling', $3, 'demographics:read', $4, $4, 'req-1')`,
      [lineId, tenantId, randomUUID(), randomUUID()],
    );
  });
  afterAll(() => app?.end());

  it.each([
    ['UPDATE', `UPDATE audit_events SET action = 'nothing:happened' WHERE id = $1`],
    ['DELETE', `DELETE FROM audit_events WHERE id = $1`],
  ])('refuses %s, leaving the line as it was', async (_verb, statement) => {
    await expect(asClinic(statement, [lineId])).rejects.toMatchObject({ code: INSUFFICIENT_PRIVILEGE });
    expect(await asClinic(`SELECT action FROM audit_events WHERE id = $1`, [lineId])).toEqual([
      { action: 'demographics:read' },
    ]);
  });

  it('refuses TRUNCATE', async () => {
    await expect(asClinic(`TRUNCATE audit_events`)).rejects.toMatchObject({ code: INSUFFICIENT_PRIVILEGE });
    expect(await asClinic(`SELECT count(*)::int AS lines FROM audit_events WHERE id = $1`, [lineId])).toEqual([
      { lines: 1 },
    ]);
  });
});
