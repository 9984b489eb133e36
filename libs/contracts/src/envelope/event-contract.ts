import { z } from 'zod';
import { Topic } from '../topics';

export interface EventContract<TType extends string = string, TPayload extends z.ZodTypeAny = z.ZodTypeAny> {
  readonly type: TType;
  readonly version: number;
  readonly topic: Topic;
  readonly payload: TPayload;
}

export type PayloadOf<C extends EventContract> = z.infer<C['payload']>;

export const defineEvent = <TType extends string, TPayload extends z.ZodTypeAny>(
  contract: EventContract<TType, TPayload>,
): EventContract<TType, TPayload> => contract;
