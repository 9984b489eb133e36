import { serviceTestEnvironment } from '@praxis/testing';
import { Client } from 'pg';
import { reviews } from '../src/completions/completion.entity';
import { recurrences, requirementKinds } from '../src/requirements/requirement.entity';

/** Read across tenants by the outbox relay, on purpose. */
const SHARED_INFRASTRUCTURE = ['inbox_events', 'outbox_events'];

describe('training’s migrated database', () => {
  const database = new Client({ connectionString: serviceTestEnvironment('training').DATABASE_URL });

  beforeAll(() => database.connect());
  afterAll(() => database.end());

  it.each([
    ['requirement kinds', 'training_requirements', 'training_requirements_kind', requirementKinds],
    ['recurrences', 'training_requirements', 'training_requirements_recurrence', recurrences],
    ['completion reviews', 'training_completions', 'training_completions_review', reviews],
  ])('allows exactly the %s written in code', async (_list, table, constraint, values) => {
    const { rows } = await database.query<{ definition: string }>(
      `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = $1::regclass AND conname = $2`,
      [table, constraint],
    );
    const allowed = [...(rows[0]?.definition ?? '').matchAll(/'([^']*)'::[a-z ]+/g)].map(([, value]) => value);
    expect(allowed.sort()).toEqual([...values].sort());
  });

  it('keeps every clinic’s rows behind forced row-level security', async () => {
    const { rows } = await database.query<{ table: string; enabled: boolean; forced: boolean }>(
      `SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced
       FROM pg_class c JOIN information_schema.columns col ON col.table_name = c.relname
       WHERE col.table_schema = 'public' AND col.column_name = 'tenant_id' AND c.relkind = 'r'
       ORDER BY c.relname`,
    );
    const exposed = rows.filter(
      ({ table, enabled, forced }) => !SHARED_INFRASTRUCTURE.includes(table) && !(enabled && forced),
    );
    expect(rows.map(({ table }) => table)).toContain('training_certificates');
    expect(exposed).toEqual([]);
  });
});
