import { EventContract, PayloadOf } from './event-contract';
import { envelopeSchema, EventEnvelope, InvalidEventError } from './envelope';

const keyOf = (type: string, version: number) => `${type}@${version}`;

/** Validates incoming envelopes against the contracts a consumer knows; unknown types are reported, not guessed. */
export class EventRegistry {
  private readonly contracts = new Map<string, EventContract>();

  constructor(contracts: readonly EventContract[]) {
    for (const contract of contracts) this.contracts.set(keyOf(contract.type, contract.version), contract);
  }

  parse(raw: unknown): EventEnvelope {
    const envelope = envelopeSchema.safeParse(raw);
    if (!envelope.success) throw new InvalidEventError(`envelope: ${envelope.error.message}`);
    const contract = this.contracts.get(keyOf(envelope.data.type, envelope.data.version));
    if (!contract) throw new InvalidEventError(`unknown event ${envelope.data.type} v${envelope.data.version}`);
    const payload = contract.payload.safeParse(envelope.data.payload);
    if (!payload.success) throw new InvalidEventError(`${contract.type} payload: ${payload.error.message}`);
    return { ...envelope.data, payload: payload.data };
  }

  /** For a consumer that reads only some of a topic's events: the others, and those it cannot read, are not its concern. */
  parseIfKnown(raw: unknown): EventEnvelope | undefined {
    try {
      return this.parse(raw);
    } catch (error) {
      if (error instanceof InvalidEventError) return undefined;
      throw error;
    }
  }
}

export const isEvent = <C extends EventContract>(
  contract: C,
  envelope: EventEnvelope,
): envelope is EventEnvelope<PayloadOf<C>> => envelope.type === contract.type && envelope.version === contract.version;
