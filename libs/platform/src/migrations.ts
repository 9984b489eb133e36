import { DataSource, DataSourceOptions } from 'typeorm';
import { z } from 'zod';
import { parseConfig } from './config/service-config';

type Entities = NonNullable<DataSourceOptions['entities']>;
type Migrations = NonNullable<DataSourceOptions['migrations']>;

export const migrationDataSource = (url: string, entities: Entities, migrations: Migrations): DataSource =>
  new DataSource({ type: 'postgres', url, entities, migrations, migrationsTransactionMode: 'each', synchronize: false });

/**
 * Migrations run as the schema owner (MIGRATION_DATABASE_URL), never as the role the service runs as,
 * so the service cannot bypass row-level security by owning its tables.
 */
export const runMigrationsFromEnvironment = async (entities: Entities, migrations: Migrations): Promise<void> => {
  const { MIGRATION_DATABASE_URL } = parseConfig(z.object({ MIGRATION_DATABASE_URL: z.string().url() }), process.env);
  const dataSource = await migrationDataSource(MIGRATION_DATABASE_URL, entities, migrations).initialize();
  try {
    const applied = await dataSource.runMigrations();
    console.log(JSON.stringify({ msg: 'migrations applied', applied: applied.map((migration) => migration.name) }));
  } finally {
    await dataSource.destroy();
  }
};
