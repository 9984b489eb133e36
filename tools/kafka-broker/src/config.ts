export type BrokerLogLevel = 'silent' | 'error' | 'warn' | 'info' | 'debug';

export interface KafkaBrokerOptions {
  host?: string;
  /** 0 or omitted = a free port chosen by the OS. */
  port?: number;
  /** Omitted = memory only. */
  dataDir?: string;
  logLevel?: BrokerLogLevel;
  /** Default true. */
  autoCreateTopics?: boolean;
  /** Default 3. */
  defaultPartitions?: number;
  retentionBytesPerPartition?: number;
  maxFrameBytes?: number;
  /** Kafka's message.max.bytes: the largest record batch a topic accepts unless it sets max.message.bytes. */
  messageMaxBytes?: number;
  /** Kafka's group.min.session.timeout.ms; tests that need faster session expiry lower it. */
  groupMinSessionTimeoutMs?: number;
  /** Kafka's group.max.session.timeout.ms. */
  groupMaxSessionTimeoutMs?: number;
}

export interface SessionTimeoutLimits {
  minMs: number;
  maxMs: number;
}

export interface BrokerConfig {
  host: string;
  advertisedHost: string;
  port: number;
  dataDir: string | null;
  logLevel: BrokerLogLevel;
  autoCreateTopics: boolean;
  defaultPartitions: number;
  retentionBytesPerPartition: number;
  segmentBytes: number;
  maxFrameBytes: number;
  messageMaxBytes: number;
  sessionTimeouts: SessionTimeoutLimits;
}

export class InvalidBrokerOptionError extends Error {
  override readonly name = 'InvalidBrokerOptionError';
}

const MIB = 1024 * 1024;
const DEFAULT_RETENTION_BYTES = 64 * MIB;
const DEFAULT_MAX_FRAME_BYTES = 100 * MIB;
/** Apache Kafka's defaults: 1 MiB plus the 12-byte log overhead, and 6 s..30 min session timeouts. */
const DEFAULT_MESSAGE_MAX_BYTES = MIB + 12;
const DEFAULT_MIN_SESSION_TIMEOUT_MS = 6_000;
const DEFAULT_MAX_SESSION_TIMEOUT_MS = 30 * 60_000;
const MAX_SEGMENT_BYTES = 16 * MIB;
/** Retention drops whole segments, so a partition keeps roughly 3/4..1 of its budget. */
const SEGMENTS_PER_RETENTION = 4;
const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '']);

export function resolveConfig(options: KafkaBrokerOptions = {}): BrokerConfig {
  const host = options.host ?? '127.0.0.1';
  const retentionBytesPerPartition = positiveInteger(
    'retentionBytesPerPartition',
    options.retentionBytesPerPartition ?? DEFAULT_RETENTION_BYTES,
  );
  return {
    host,
    // Clients connect to what Metadata advertises, and a wildcard bind address is not connectable.
    advertisedHost: WILDCARD_HOSTS.has(host) ? '127.0.0.1' : host,
    port: portNumber(options.port ?? 0),
    dataDir: options.dataDir ?? null,
    logLevel: options.logLevel ?? 'warn',
    autoCreateTopics: options.autoCreateTopics ?? true,
    defaultPartitions: positiveInteger('defaultPartitions', options.defaultPartitions ?? 3),
    retentionBytesPerPartition,
    segmentBytes: Math.max(
      1,
      Math.min(MAX_SEGMENT_BYTES, Math.floor(retentionBytesPerPartition / SEGMENTS_PER_RETENTION)),
    ),
    maxFrameBytes: positiveInteger('maxFrameBytes', options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES),
    messageMaxBytes: positiveInteger('messageMaxBytes', options.messageMaxBytes ?? DEFAULT_MESSAGE_MAX_BYTES),
    sessionTimeouts: sessionTimeoutLimits(options),
  };
}

function sessionTimeoutLimits(options: KafkaBrokerOptions): SessionTimeoutLimits {
  const minMs = positiveInteger(
    'groupMinSessionTimeoutMs',
    options.groupMinSessionTimeoutMs ?? DEFAULT_MIN_SESSION_TIMEOUT_MS,
  );
  const maxMs = positiveInteger(
    'groupMaxSessionTimeoutMs',
    options.groupMaxSessionTimeoutMs ?? DEFAULT_MAX_SESSION_TIMEOUT_MS,
  );
  if (minMs > maxMs)
    throw new InvalidBrokerOptionError(
      `groupMinSessionTimeoutMs (${minMs}) exceeds groupMaxSessionTimeoutMs (${maxMs})`,
    );
  return { minMs, maxMs };
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1)
    throw new InvalidBrokerOptionError(`${name} must be a positive integer, got ${value}`);
  return value;
}

function portNumber(value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > 65_535)
    throw new InvalidBrokerOptionError(`port must be 0..65535, got ${value}`);
  return value;
}
