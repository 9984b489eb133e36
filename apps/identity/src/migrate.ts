import { runMigrationsFromEnvironment } from '@praxis/platform';
import { identityEntities, identityMigrations } from './database/identity.schema';

void runMigrationsFromEnvironment(identityEntities, identityMigrations);
