import { z } from 'zod';
import { defineEvent } from '../envelope/event-contract';
import { Topic } from '../topics';

const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

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
  payload: credential.extend({ expiredOn: calendarDate }),
});

export const CredentialRenewed = defineEvent({
  type: 'training.credential.renewed',
  version: 1,
  topic: Topic.TrainingRecords,
  payload: credential.extend({ validUntil: calendarDate }),
});

/** Version 2 also renews a credential that never lapses: its validUntil is null. */
export const CredentialRenewedV2 = defineEvent({
  type: 'training.credential.renewed',
  version: 2,
  topic: Topic.TrainingRecords,
  payload: credential.extend({ validUntil: calendarDate.nullable() }),
});
