import { DomainServiceDefinition } from '@praxis/platform';
import { trainingEntities } from './database/training.schema';

export const trainingService: DomainServiceDefinition = {
  serviceName: 'training',
  permissions: {},
  entities: trainingEntities,
};
