import { KafkaContext } from '@nestjs/microservices';
import { EventEnvelope, Topic } from '@praxis/contracts';

type Delivered = (value: unknown, context: KafkaContext) => Promise<void>;

/** Hands an event to a consumer as the Kafka transport would, so it goes through the inbox like a real delivery. */
export const deliverEvent = (
  handler: (envelope: EventEnvelope, ...rest: never[]) => Promise<void>,
  topic: Topic,
  envelope: EventEnvelope,
) => {
  const context = { getMessage: () => ({ key: Buffer.from(envelope.aggregateId) }), getTopic: () => topic };
  return (handler as unknown as Delivered)(envelope, context as unknown as KafkaContext);
};
