import { claimsAccess } from '@praxis/auth';
import { DomainServiceDefinition } from '@praxis/platform';
import { claimsEntities } from './database/claims.schema';

export const claimsService: DomainServiceDefinition = {
  serviceName: 'claims',
  permissions: claimsAccess.permissions,
  entities: claimsEntities,
};
