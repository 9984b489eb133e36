export { ALL_SERVICES, CLEARINGHOUSE, DOMAIN_SERVICES, GATEWAY } from '@praxis/dev-stack';
export type { ServiceEntry } from '@praxis/dev-stack';
// The deployment must match the configuration the apps really read, so this check imports their schemas;
// apps expose no alias, hence the one boundary exception in the workspace.
/* eslint-disable @nx/enforce-module-boundaries */
export { gatewayConfigSchema } from '../../../apps/gateway/src/gateway.config';
export { identityConfigSchema } from '../../../apps/identity/src/identity.config';
export { claimsProductionConfigSchema } from '../../../apps/claims/src/claims.config';
