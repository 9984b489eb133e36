import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Kafka, logLevel, Message, Producer } from 'kafkajs';
import { KAFKA_SETTINGS, KafkaSettings } from './kafka-settings';

export interface TopicBatch {
  topic: string;
  messages: Message[];
}

/** One idempotent producer per process: a batch retried after a lost acknowledgement is not appended twice. */
@Injectable()
export class KafkaProducer implements OnApplicationShutdown {
  private readonly logger = new Logger(KafkaProducer.name);
  private readonly producer: Producer;
  private connection?: Promise<void>;

  constructor(@Inject(KAFKA_SETTINGS) settings: KafkaSettings) {
    const kafka = new Kafka({
      clientId: `praxis-${settings.serviceName}`,
      brokers: settings.brokers,
      logLevel: logLevel.NOTHING,
      retry: { retries: 3, initialRetryTime: 100, maxRetryTime: 1_000 },
    });
    this.producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: true });
  }

  async send(batches: TopicBatch[]): Promise<void> {
    await this.connect();
    try {
      await this.producer.sendBatch({ topicMessages: batches, acks: -1 });
    } catch (error) {
      this.connection = undefined;
      throw error;
    }
  }

  /** Last to go: the relay and the dead-letter path may still be sending while modules are destroyed. */
  async onApplicationShutdown(): Promise<void> {
    if (this.connection) await this.producer.disconnect().catch((error: Error) => this.logger.warn(error.message));
  }

  private connect(): Promise<void> {
    this.connection ??= this.producer.connect().catch((error: unknown) => {
      this.connection = undefined;
      throw error;
    });
    return this.connection;
  }
}
