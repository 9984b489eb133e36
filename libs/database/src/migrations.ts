import { DataSource, DataSourceOptions } from 'typeorm';

type Entities = NonNullable<DataSourceOptions['entities']>;
type Migrations = NonNullable<DataSourceOptions['migrations']>;

export const migrationDataSource = (url: string, entities: Entities, migrations: Migrations): DataSource =>
  new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
  });

/**
 * Migrations run as the schema owner, never as the role the service runs as, so the service cannot bypass
 * row-level security by owning its tables.
 */
export const runMigrations = async (
  ownerUrl: string,
  entities: Entities,
  migrations: Migrations,
  { checkDrift }: { checkDrift: boolean },
): Promise<void> => {
  const dataSource = await migrationDataSource(ownerUrl, entities, migrations).initialize();
  try {
    const applied = await dataSource.runMigrations();
    console.log(JSON.stringify({ msg: 'migrations applied', applied: applied.map((migration) => migration.name) }));
    if (checkDrift) await failOnDrift(dataSource);
  } finally {
    await dataSource.destroy();
  }
};

/** Entities and migrations must describe the same schema: what TypeORM would still generate is drift. */
const failOnDrift = async (dataSource: DataSource): Promise<void> => {
  const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
  if (upQueries.length === 0) return;
  console.error(
    JSON.stringify({ msg: 'entities and migrations drifted apart', pending: upQueries.map((query) => query.query) }),
  );
  process.exitCode = 1;
};
