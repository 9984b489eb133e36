import { Client } from 'pg';

export const MIGRATOR_ROLE = 'praxis_migrator';
export const APP_ROLE = 'praxis_app';

export interface DatabaseCredentials {
  migratorPassword: string;
  appPassword: string;
}

export const databaseUrl = (adminUrl: string, database: string, user: string, password: string): string => {
  const url = new URL(adminUrl);
  url.username = user;
  url.password = password;
  url.pathname = `/${database}`;
  return url.toString();
};

const withClient = async (url: string, work: (client: Client) => Promise<void>): Promise<void> => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
};

const ensureRole = async (client: Client, role: string, password: string): Promise<void> => {
  const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
  const verb = rowCount ? 'ALTER' : 'CREATE';
  await client.query(`${verb} ROLE ${role} LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '${password.replace(/'/g, "''")}'`);
};

/**
 * Services connect as praxis_app, which owns nothing: row-level security then applies to every query it makes.
 * Tables belong to praxis_migrator, and default privileges hand praxis_app exactly read/write on them.
 */
export const provisionDatabases = async (
  adminUrl: string,
  databases: string[],
  credentials: DatabaseCredentials,
): Promise<void> => {
  await withClient(adminUrl, async (client) => {
    await ensureRole(client, MIGRATOR_ROLE, credentials.migratorPassword);
    await ensureRole(client, APP_ROLE, credentials.appPassword);
  });
  await createServiceDatabases(adminUrl, databases, credentials);
};

/** Creates missing databases with praxis_migrator as owner; the roles must exist already. */
export const createServiceDatabases = async (
  adminUrl: string,
  databases: string[],
  credentials: DatabaseCredentials,
): Promise<void> => {
  await withClient(adminUrl, async (client) => {
    for (const database of databases) {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
      if (!rowCount) await client.query(`CREATE DATABASE ${database} OWNER ${MIGRATOR_ROLE}`);
    }
  });
  for (const database of databases) {
    await withClient(databaseUrl(adminUrl, database, MIGRATOR_ROLE, credentials.migratorPassword), async (client) => {
      await client.query(`REVOKE ALL ON DATABASE ${database} FROM PUBLIC`);
      await client.query(`GRANT CONNECT ON DATABASE ${database} TO ${APP_ROLE}`);
      await client.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
      await client.query(
        `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE}`,
      );
      await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ROLE}`);
    });
  }
};
