import { InvalidFrameSizeError } from '../errors';

const SIZE_PREFIX_BYTES = 4;
/** api key + api version + correlation id + client id length. */
const MIN_REQUEST_BYTES = 10;

/**
 * Splits a TCP byte stream into size-prefixed frames. Chunks are kept as a list and only joined once a
 * whole frame is present, so a multi-megabyte produce arriving in 64 KiB pieces is copied once.
 */
export class FrameDecoder {
  private chunks: Buffer[] = [];
  private bufferedBytes = 0;

  constructor(private readonly maxFrameBytes: number) {}

  /** Returns every complete frame (without its size prefix); throws InvalidFrameSizeError on a bad size. */
  push(chunk: Buffer): Buffer[] {
    this.chunks.push(chunk);
    this.bufferedBytes += chunk.length;
    const frames: Buffer[] = [];
    for (let frame = this.nextFrame(); frame; frame = this.nextFrame()) frames.push(frame);
    return frames;
  }

  private nextFrame(): Buffer | null {
    if (this.bufferedBytes < SIZE_PREFIX_BYTES) return null;
    const frameBytes = this.peekSize();
    if (frameBytes < MIN_REQUEST_BYTES || frameBytes > this.maxFrameBytes) {
      throw new InvalidFrameSizeError(frameBytes, this.maxFrameBytes);
    }
    if (this.bufferedBytes < SIZE_PREFIX_BYTES + frameBytes) return null;
    const joined = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.bufferedBytes);
    const end = SIZE_PREFIX_BYTES + frameBytes;
    const frame = joined.subarray(SIZE_PREFIX_BYTES, end);
    const rest = joined.subarray(end);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.bufferedBytes = rest.length;
    return frame;
  }

  private peekSize(): number {
    const head = this.chunks[0].length >= SIZE_PREFIX_BYTES ? this.chunks[0] : Buffer.concat(this.chunks);
    return head.readInt32BE(0);
  }
}
