import { DynamicModule, Global, Module } from '@nestjs/common';
import { DeadLetters } from './inbox/dead-letters';
import { Inbox } from './inbox/inbox';
import { KafkaProducer } from './kafka/kafka-producer';
import { KAFKA_SETTINGS, KafkaSettings } from './kafka/kafka-settings';
import { OutboxRelay } from './outbox/outbox-relay';
import { OutboxWriter } from './outbox/outbox-writer';
import { PatientDataTrail } from './patient-data-trail/patient-data-trail';

@Global()
@Module({})
export class MessagingModule {
  static forService(settings: KafkaSettings): DynamicModule {
    return {
      module: MessagingModule,
      providers: [
        { provide: KAFKA_SETTINGS, useValue: settings },
        KafkaProducer,
        OutboxWriter,
        OutboxRelay,
        Inbox,
        DeadLetters,
        PatientDataTrail,
      ],
      exports: [KAFKA_SETTINGS, KafkaProducer, OutboxWriter, OutboxRelay, Inbox, PatientDataTrail],
    };
  }
}
