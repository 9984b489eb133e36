import { DomainServiceDefinition } from '@praxis/platform';
import { billingEntities } from './database/billing.schema';

export const billingService: DomainServiceDefinition = {
  serviceName: 'billing',
  permissions: {},
  entities: billingEntities,
};
