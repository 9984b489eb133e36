export interface KafkaSettings {
  serviceName: string;
  brokers: string[];
  consumerGroup?: string;
}

export const KAFKA_SETTINGS = Symbol('KAFKA_SETTINGS');

export const consumerGroupOf = (serviceName: string): string => `praxis-${serviceName}`;
