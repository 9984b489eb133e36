/** Kafka protocol error codes used by this broker (values are fixed by the Kafka protocol). */
export const ErrorCode = {
  NONE: 0,
  OFFSET_OUT_OF_RANGE: 1,
  CORRUPT_MESSAGE: 2,
  UNKNOWN_TOPIC_OR_PARTITION: 3,
  MESSAGE_TOO_LARGE: 10,
  INVALID_TOPIC_EXCEPTION: 17,
  INVALID_REQUIRED_ACKS: 21,
  ILLEGAL_GENERATION: 22,
  INCONSISTENT_GROUP_PROTOCOL: 23,
  INVALID_GROUP_ID: 24,
  UNKNOWN_MEMBER_ID: 25,
  INVALID_SESSION_TIMEOUT: 26,
  REBALANCE_IN_PROGRESS: 27,
  UNSUPPORTED_VERSION: 35,
  TOPIC_ALREADY_EXISTS: 36,
  INVALID_PARTITIONS: 37,
  INVALID_REPLICATION_FACTOR: 38,
  INVALID_CONFIG: 40,
  INVALID_REQUEST: 42,
  UNSUPPORTED_FOR_MESSAGE_FORMAT: 43,
  OUT_OF_ORDER_SEQUENCE_NUMBER: 45,
  INVALID_PRODUCER_EPOCH: 47,
  UNSUPPORTED_COMPRESSION_TYPE: 76,
  INVALID_RECORD: 87,
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A request that cannot be decoded; the connection that sent it is closed, as Kafka does. */
export class MalformedRequestError extends Error {
  override readonly name = 'MalformedRequestError';
}

/** A frame whose declared size exceeds maxFrameBytes (or is impossibly small). */
export class InvalidFrameSizeError extends Error {
  override readonly name = 'InvalidFrameSizeError';
  constructor(
    readonly declaredBytes: number,
    readonly maxFrameBytes: number,
  ) {
    super(`frame of ${declaredBytes} bytes is outside the accepted range (max ${maxFrameBytes})`);
  }
}

/** A record batch that fails validation; carries the Kafka error code the partition answers with. */
export class InvalidRecordBatchError extends Error {
  override readonly name = 'InvalidRecordBatchError';
  constructor(
    readonly errorCode: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** On-disk state that cannot be used (e.g. unreadable topic metadata). */
export class StorageError extends Error {
  override readonly name = 'StorageError';
}
