import { runMigrationsFromEnvironment } from '@praxis/platform';
import { schedulingEntities, schedulingMigrations } from './database/scheduling.schema';

void runMigrationsFromEnvironment(schedulingEntities, schedulingMigrations);
