import { billingAccess } from './billing';
import { claimsAccess } from './claims';
import { identityAccess } from './identity';
import { schedulingAccess } from './scheduling';
import { ServiceAccess } from './service-access';
import { trainingAccess } from './training';

export * from './service-access';
export { billingAccess, claimsAccess, identityAccess, schedulingAccess, trainingAccess };

export const SERVICE_ACCESS: readonly ServiceAccess[] = [
  identityAccess,
  schedulingAccess,
  billingAccess,
  claimsAccess,
  trainingAccess,
];
