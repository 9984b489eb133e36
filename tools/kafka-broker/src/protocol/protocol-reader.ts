import Decoder = require('kafkajs/src/protocol/decoder');
import { MalformedRequestError } from '../errors';

/**
 * Bounds-checked reader over a request frame. Every read verifies the remaining length first so that
 * garbage input surfaces as MalformedRequestError instead of a RangeError or a silently short slice.
 */
export class ProtocolReader {
  private readonly decoder: Decoder;

  constructor(buffer: Buffer) {
    this.decoder = new Decoder(buffer);
  }

  int8(): number {
    this.require(1);
    return this.decoder.readInt8();
  }

  int16(): number {
    this.require(2);
    return this.decoder.readInt16();
  }

  int32(): number {
    this.require(4);
    return this.decoder.readInt32();
  }

  /** Offsets and producer ids stay far below 2^53, so a JS number is exact for them. */
  int64(): number {
    this.require(8);
    return Number(this.decoder.readInt64());
  }

  boolean(): boolean {
    this.require(1);
    return this.decoder.readBoolean();
  }

  string(): string {
    const value = this.nullableString();
    if (value === null) throw new MalformedRequestError('unexpected null string');
    return value;
  }

  nullableString(): string | null {
    const length = this.peekLength(2);
    if (length >= 0) this.require(2 + length);
    return this.decoder.readString();
  }

  bytes(): Buffer | null {
    const length = this.peekLength(4);
    if (length >= 0) this.require(4 + length);
    return this.decoder.readBytes();
  }

  /** A null array (length -1) reads as null so callers can tell "all" from "none" where Kafka does. */
  nullableArray<T>(readItem: (reader: ProtocolReader) => T): T[] | null {
    const length = this.int32();
    if (length === -1) return null;
    // Every item takes at least one byte, which rejects absurd lengths before allocating.
    if (length < 0 || !this.decoder.canReadBytes(length)) {
      throw new MalformedRequestError(`invalid array length ${length}`);
    }
    return Array.from({ length }, () => readItem(this));
  }

  array<T>(readItem: (reader: ProtocolReader) => T): T[] {
    return this.nullableArray(readItem) ?? [];
  }

  private peekLength(width: 2 | 4): number {
    this.require(width);
    const start = this.decoder.offset;
    const length = width === 2 ? this.decoder.readInt16() : this.decoder.readInt32();
    this.decoder.offset = start;
    if (length < -1) throw new MalformedRequestError(`invalid length ${length}`);
    return length;
  }

  private require(byteCount: number): void {
    if (!this.decoder.canReadBytes(byteCount)) {
      throw new MalformedRequestError(`request truncated: needed ${byteCount} more bytes`);
    }
  }
}
