import { DomainServiceDefinition } from '@praxis/platform';
import { schedulingEntities } from './database/scheduling.schema';

export const schedulingService: DomainServiceDefinition = {
  serviceName: 'scheduling',
  permissions: {},
  entities: schedulingEntities,
};
