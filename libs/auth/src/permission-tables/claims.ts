import { defineServiceAccess } from './service-access';

/** No routes yet beyond health and the API description. */
export const claimsAccess = defineServiceAccess({ service: 'claims', permissions: {}, prefixes: {} });
