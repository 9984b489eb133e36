import { z } from 'zod';
import { defineEvent } from '../envelope/event-contract';
import { Topic } from '../topics';

const credential = z.object({
  userId: z.string().uuid(),
  credentialId: z.string().uuid(),
  credentialName: z.string().min(1),
  blocksScheduling: z.boolean(),
});

export const CredentialExpired = defineEvent({
  type: 'training.credential.expired',
  version: 1,
  topic: Topic.TrainingRecords,
  payload: credential.extend({ expiredOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
});

export const CredentialRenewed = defineEvent({
  type: 'training.credential.renewed',
  version: 1,
  topic: Topic.TrainingRecords,
  /** Null when the renewed credential never expires. */
  payload: credential.extend({
    validUntil: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
  }),
});
