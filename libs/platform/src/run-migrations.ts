import { runMigrations } from '@praxis/database';
import { z } from 'zod';
import { parseConfig } from './config/service-config';

type MigrationSets = Parameters<typeof runMigrations>;

/** A service's migrate.js: the schema owner's URL comes from MIGRATION_DATABASE_URL; `--check-drift` fails on drift. */
export const runMigrationsFromEnvironment = (
  entities: MigrationSets[1],
  migrations: MigrationSets[2],
): Promise<void> => {
  const { MIGRATION_DATABASE_URL } = parseConfig(z.object({ MIGRATION_DATABASE_URL: z.string().url() }), process.env);
  return runMigrations(MIGRATION_DATABASE_URL, entities, migrations, {
    checkDrift: process.argv.includes('--check-drift'),
  });
};
