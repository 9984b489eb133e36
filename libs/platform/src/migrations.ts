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
    if (process.argv.includes('--check-drift')) await failOnDrift(dataSource);
  } finally {
    await dataSource.destroy();
  }
};

/** Entities and migrations must describe the same schema: what TypeORM would still generate is drift. */
const failOnDrift = async (dataSource: DataSource): Promise<void> => {
  const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
  if (upQueries.length === 0) return;
  console.error(JSON.stringify({ msg: 'entities and migrations drifted apart', pending: upQueries.map((query) => query.query) }));
  process.exitCode = 1;
};
