import { Inject } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { EventContract, EventRegistry, Topic } from '@praxis/contracts';
import { EventHandler, Inbox } from './inbox';

const INBOX = Symbol('inbox');

interface WithInbox {
  [INBOX]: Inbox;
}

/**
 * Makes a method of a consumer (a `@Controller()`) the handler of a topic's events: it receives each
 * event that is one of `contracts` as `(envelope, manager)`, through the inbox, so it runs once per event,
 * in the event's clinic and transaction, and a message it keeps failing on goes to the dead-letter topic.
 */
export const ConsumeEvents =
  (topic: Topic, contracts: readonly EventContract[]) =>
  (target: object, method: string | symbol, descriptor: TypedPropertyDescriptor<EventHandler>): void => {
    const registry = new EventRegistry(contracts);
    const handle = descriptor.value as EventHandler;
    Inject(Inbox)(target, INBOX);
    descriptor.value = async function (this: WithInbox, value: unknown, context: KafkaContext): Promise<void> {
      const key = context.getMessage().key?.toString();
      await this[INBOX].receive({ topic: context.getTopic(), key, value }, registry, (envelope, manager) =>
        handle.call(this, envelope, manager),
      );
    } as unknown as EventHandler;
    Payload()(target, method, 0);
    Ctx()(target, method, 1);
    EventPattern(topic)(target, method, descriptor);
  };
