import { z } from 'zod';
import { defineEvent } from '../envelope/event-contract';
import { Topic } from '../topics';

const location = z.object({ locationId: z.string().uuid(), name: z.string().min(1), timeZone: z.string().min(1) });

export const LocationCreated = defineEvent({
  type: 'location.created',
  version: 1,
  topic: Topic.IdentityLocations,
  payload: location,
});
export const LocationUpdated = defineEvent({
  type: 'location.updated',
  version: 1,
  topic: Topic.IdentityLocations,
  payload: location,
});
