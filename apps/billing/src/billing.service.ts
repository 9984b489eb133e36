import { billingAccess } from '@praxis/auth';
import { DomainServiceDefinition } from '@praxis/platform';
import { billingEntities } from './database/billing.schema';

export const billingService: DomainServiceDefinition = {
  serviceName: 'billing',
  permissions: billingAccess.permissions,
  entities: billingEntities,
};
