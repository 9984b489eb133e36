import { runMigrationsFromEnvironment } from '@praxis/platform';
import { claimsEntities, claimsMigrations } from './database/claims.schema';

void runMigrationsFromEnvironment(claimsEntities, claimsMigrations);
