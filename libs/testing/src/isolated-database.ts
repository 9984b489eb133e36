import { randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { APP_ROLE, databaseUrl, MIGRATOR_ROLE, createServiceDatabases } from '@praxis/database';
import { Client } from 'pg';
import { sharedInfrastructure } from './infrastructure';

const WORKSPACE = join(__dirname, '..', '..', '..');

export interface IsolatedDatabase {
  name: string;
  appUrl: string;
  ownerUrl: string;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file, for tests that must own every row a service sees
 * (its outbox above all). Provisioned with the same roles and grants as the shared ones.
 */
export const createIsolatedDatabase = async (service: string): Promise<IsolatedDatabase> => {
  const { adminDatabaseUrl, credentials } = sharedInfrastructure();
  const name = `praxis_${service}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  await createServiceDatabases(adminDatabaseUrl, [name], credentials);
  const ownerUrl = databaseUrl(adminDatabaseUrl, name, MIGRATOR_ROLE, credentials.migratorPassword);
  const migrate = spawnSync(process.execPath, [join(WORKSPACE, 'dist', 'apps', service, 'src', 'migrate.js')], {
    env: { ...process.env, MIGRATION_DATABASE_URL: ownerUrl },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (migrate.status !== 0) throw new Error(`migrating ${name} failed`);
  return {
    name,
    ownerUrl,
    appUrl: databaseUrl(adminDatabaseUrl, name, APP_ROLE, credentials.appPassword),
    drop: async () => {
      const admin = new Client({ connectionString: adminDatabaseUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
};
