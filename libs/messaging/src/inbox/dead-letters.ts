import { Injectable } from '@nestjs/common';
import { deadLetterTopicOf } from '@praxis/contracts';
import { KafkaProducer } from '../kafka/kafka-producer';

export interface DeadLetter {
  topic: string;
  key?: string;
  value: unknown;
  reason: string;
  consumer: string;
  attempts: number;
}

/** A poison event is parked with the reason it failed, so its partition keeps moving. */
@Injectable()
export class DeadLetters {
  constructor(private readonly producer: KafkaProducer) {}

  async park(letter: DeadLetter): Promise<void> {
    await this.producer.send([
      {
        topic: deadLetterTopicOf(letter.topic),
        messages: [
          {
            key: letter.key ?? null,
            value: typeof letter.value === 'string' ? letter.value : JSON.stringify(letter.value),
            headers: {
              'dlt-reason': letter.reason.slice(0, 1_000),
              'dlt-original-topic': letter.topic,
              'dlt-consumer': letter.consumer,
              'dlt-attempts': String(letter.attempts),
            },
          },
        ],
      },
    ]);
  }
}
