import { TenantJobPayload } from './job-definition';

/** What a BullMQ job's data holds: the validated payload and the id that ties its logs to the request that caused it. */
export interface JobEnvelope<TPayload extends TenantJobPayload = TenantJobPayload> {
  payload: TPayload;
  correlationId?: string;
}
