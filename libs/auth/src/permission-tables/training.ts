import { defineServiceAccess } from './service-access';

/** No routes yet beyond health and the API description. */
export const trainingAccess = defineServiceAccess({ service: 'training', permissions: {}, prefixes: {} });
