import { runMigrationsFromEnvironment } from '@praxis/platform';
import { trainingEntities, trainingMigrations } from './database/training.schema';

void runMigrationsFromEnvironment(trainingEntities, trainingMigrations);
