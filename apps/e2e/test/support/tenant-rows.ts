import { sharedInfrastructure } from '@praxis/testing';
import { Client } from 'pg';

/**
 * A digest of every row one clinic owns in a service's database, read as the superuser (row-level security
 * is forced even on the tables' owner): equal digests mean nothing of that clinic was inserted, changed or deleted.
 */
export const tenantRowsDigest = async (service: string, tenantId: string): Promise<Record<string, string>> => {
  const { adminDatabaseUrl, databases } = sharedInfrastructure();
  const url = new URL(adminDatabaseUrl);
  url.pathname = new URL(databases[service].DATABASE_URL).pathname;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'tenant_id' ORDER BY table_name`,
    );
    const digests = await Promise.all(
      tables.map(async ({ table_name: table }) => {
        const { rows } = await client.query<{ digest: string | null }>(
          `SELECT md5(string_agg(row_to_json(t)::text, '|' ORDER BY row_to_json(t)::text)) AS digest FROM "${table}" t WHERE tenant_id = $1`,
          [tenantId],
        );
        return [table, rows[0].digest ?? 'empty'] as const;
      }),
    );
    return Object.fromEntries(digests);
  } finally {
    await client.end();
  }
};
