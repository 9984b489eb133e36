import { z } from 'zod';
import { defineEvent } from '../envelope/event-contract';
import { Topic } from '../topics';

export const TenantCreated = defineEvent({
  type: 'tenant.created',
  version: 1,
  topic: Topic.IdentityTenants,
  payload: z.object({
    tenantId: z.string().uuid(),
    legalName: z.string().min(1),
    npi: z.string().regex(/^\d{10}$/),
    timeZone: z.string().min(1),
  }),
});
