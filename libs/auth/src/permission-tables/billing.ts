import { defineServiceAccess } from './service-access';

/** No routes yet beyond health and the API description. */
export const billingAccess = defineServiceAccess({ service: 'billing', permissions: {}, prefixes: {} });
