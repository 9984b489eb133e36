import { trainingAccess } from '@praxis/auth';
import { DomainServiceDefinition } from '@praxis/platform';
import { trainingEntities } from './database/training.schema';

export const trainingService: DomainServiceDefinition = {
  serviceName: 'training',
  permissions: trainingAccess.permissions,
  entities: trainingEntities,
};
