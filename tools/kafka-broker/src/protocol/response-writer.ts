import Encoder = require('kafkajs/src/protocol/encoder');

/**
 * Builds a response body as a list of chunks: scalar fields go through a kafkajs Encoder, while large
 * raw payloads (stored record batches) are appended by reference so fetches never copy log data.
 */
export class ResponseWriter {
  private readonly chunks: Buffer[] = [];
  private encoder = new Encoder();

  int8(value: number): this {
    this.encoder.writeInt8(value);
    return this;
  }

  int16(value: number): this {
    this.encoder.writeInt16(value);
    return this;
  }

  int32(value: number): this {
    this.encoder.writeInt32(value);
    return this;
  }

  int64(value: number): this {
    this.encoder.writeInt64(value);
    return this;
  }

  boolean(value: boolean): this {
    this.encoder.writeBoolean(value);
    return this;
  }

  string(value: string | null): this {
    this.encoder.writeString(value);
    return this;
  }

  bytes(value: Buffer | null): this {
    this.encoder.writeBytes(value);
    return this;
  }

  array<T>(items: readonly T[], writeItem: (item: T, writer: this) => void): this {
    this.int32(items.length);
    for (const item of items) writeItem(item, this);
    return this;
  }

  raw(buffers: readonly Buffer[]): this {
    this.flushEncoder();
    this.chunks.push(...buffers);
    return this;
  }

  toChunks(): Buffer[] {
    this.flushEncoder();
    return this.chunks;
  }

  private flushEncoder(): void {
    if (this.encoder.size() === 0) return;
    this.chunks.push(this.encoder.buffer);
    this.encoder = new Encoder();
  }
}
