export interface KafkaSettings {
  serviceName: string;
  brokers: string[];
  consumerGroup?: string;
  /** How long the broker waits on a silent consumer before giving its partitions to the group's others. */
  sessionTimeoutMs?: number;
}

export const KAFKA_SETTINGS = Symbol('KAFKA_SETTINGS');

export const consumerGroupOf = (serviceName: string): string => `praxis-${serviceName}`;
