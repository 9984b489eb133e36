import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Logger } from 'pino';
import { ErrorCode, StorageError } from '../errors';
import type { DataArrivalNotifier } from './data-arrival';
import { type LogLimits, PartitionLog, partitionDirectory } from './partition-log';

/** Kafka's legal topic names; they double as safe directory names. */
const TOPIC_NAME_PATTERN = /^[a-zA-Z0-9._-]{1,249}$/;
const TOPIC_METADATA_FILE = 'topic.json';
const MAX_PARTITIONS = 10_000;

/** Per-topic settings a client may choose at creation (Kafka topic configs). */
export interface TopicConfig {
  /** max.message.bytes; null means the broker's message.max.bytes. */
  maxMessageBytes: number | null;
}

export const DEFAULT_TOPIC_CONFIG: TopicConfig = { maxMessageBytes: null };

export interface Topic {
  name: string;
  config: TopicConfig;
  partitions: PartitionLog[];
}

export interface TopicRegistryOptions {
  dataDir: string | null;
  /** Broker-wide limits; a topic's own config overrides maxMessageBytes. */
  limits: LogLimits;
  notifier: DataArrivalNotifier;
  logger: Logger;
}

export function isValidTopicName(name: string): boolean {
  return TOPIC_NAME_PATTERN.test(name) && name !== '.' && name !== '..';
}

/** All topics of the broker; with a data directory each topic is `<dataDir>/topics/<name>/`. */
export class TopicRegistry {
  private readonly topics = new Map<string, Topic>();

  private constructor(private readonly options: TopicRegistryOptions) {}

  static open(options: TopicRegistryOptions): TopicRegistry {
    const registry = new TopicRegistry(options);
    const root = registry.topicsRoot;
    if (root && fs.existsSync(root)) {
      fs.readdirSync(root).forEach((name) => registry.recoverTopic(name));
    }
    return registry;
  }

  get(name: string): Topic | undefined {
    return this.topics.get(name);
  }

  names(): string[] {
    return [...this.topics.keys()];
  }

  create(name: string, partitionCount: number, config: TopicConfig = DEFAULT_TOPIC_CONFIG): ErrorCode {
    if (!isValidTopicName(name)) return ErrorCode.INVALID_TOPIC_EXCEPTION;
    if (this.topics.has(name)) return ErrorCode.TOPIC_ALREADY_EXISTS;
    if (!Number.isInteger(partitionCount) || partitionCount < 1 || partitionCount > MAX_PARTITIONS) {
      return ErrorCode.INVALID_PARTITIONS;
    }
    const directory = this.topicDirectory(name);
    if (directory) {
      fs.mkdirSync(directory, { recursive: true });
      writeFileAtomically(
        path.join(directory, TOPIC_METADATA_FILE),
        JSON.stringify({ name, partitionCount, ...config }),
      );
    }
    const limits = this.limitsFor(config);
    const partitions = Array.from({ length: partitionCount }, (_, partition) =>
      PartitionLog.create(
        directory && partitionDirectory(directory, partition),
        limits,
        this.appendListener(name, partition),
      ),
    );
    this.topics.set(name, { name, config, partitions });
    this.options.logger.info({ topic: name, partitionCount }, 'topic created');
    return ErrorCode.NONE;
  }

  delete(name: string): ErrorCode {
    const topic = this.topics.get(name);
    if (!topic) return ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
    this.topics.delete(name);
    topic.partitions.forEach((log) => log.remove());
    const directory = this.topicDirectory(name);
    if (directory) fs.rmSync(directory, { recursive: true, force: true });
    this.options.logger.info({ topic: name }, 'topic deleted');
    return ErrorCode.NONE;
  }

  close(): void {
    this.topics.forEach((topic) => topic.partitions.forEach((log) => log.close()));
    this.topics.clear();
  }

  highestProducerId(): number {
    let highest = -1;
    this.topics.forEach((topic) =>
      topic.partitions.forEach((log) => (highest = Math.max(highest, log.producers.highestProducerId()))),
    );
    return highest;
  }

  private recoverTopic(name: string): void {
    const directory = this.topicDirectory(name) as string;
    const metadataPath = path.join(directory, TOPIC_METADATA_FILE);
    if (!isValidTopicName(name) || !fs.existsSync(metadataPath)) return;
    const { partitionCount, config } = readTopicMetadata(metadataPath);
    const limits = this.limitsFor(config);
    const partitions = Array.from({ length: partitionCount }, (_, partition) =>
      PartitionLog.recover(
        partitionDirectory(directory, partition),
        limits,
        this.appendListener(name, partition),
        this.options.logger,
      ),
    );
    this.topics.set(name, { name, config, partitions });
  }

  private limitsFor(config: TopicConfig): LogLimits {
    return { ...this.options.limits, maxMessageBytes: config.maxMessageBytes ?? this.options.limits.maxMessageBytes };
  }

  private appendListener(topic: string, partition: number): () => void {
    return () => this.options.notifier.notify(topic, partition);
  }

  private get topicsRoot(): string | null {
    return this.options.dataDir ? path.join(this.options.dataDir, 'topics') : null;
  }

  private topicDirectory(name: string): string | null {
    const root = this.topicsRoot;
    return root ? path.join(root, name) : null;
  }
}

function readTopicMetadata(metadataPath: string): { partitionCount: number; config: TopicConfig } {
  const parsed = JSON.parse(fs.readFileSync(metadataPath, 'utf8')) as {
    partitionCount?: unknown;
    maxMessageBytes?: unknown;
  };
  const { partitionCount, maxMessageBytes = null } = parsed;
  if (typeof partitionCount !== 'number' || !Number.isInteger(partitionCount) || partitionCount < 1) {
    throw new StorageError(`invalid partition count in ${metadataPath}`);
  }
  if (maxMessageBytes !== null && (typeof maxMessageBytes !== 'number' || !Number.isInteger(maxMessageBytes))) {
    throw new StorageError(`invalid maxMessageBytes in ${metadataPath}`);
  }
  return { partitionCount, config: { maxMessageBytes } };
}

/** Write-then-rename so a crash never leaves a half-written metadata file behind. */
export function writeFileAtomically(filePath: string, contents: string): void {
  const temporaryPath = `${filePath}.tmp`;
  fs.writeFileSync(temporaryPath, contents);
  fs.renameSync(temporaryPath, filePath);
}
