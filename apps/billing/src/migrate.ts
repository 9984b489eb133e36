import { runMigrationsFromEnvironment } from '@praxis/platform';
import { billingEntities, billingMigrations } from './database/billing.schema';

void runMigrationsFromEnvironment(billingEntities, billingMigrations);
