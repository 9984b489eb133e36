import { InvalidFrameSizeError } from '../errors';

const SIZE_PREFIX_BYTES = 4;
/** api key + api version + correlation id + client id length. */
const MIN_REQUEST_BYTES = 10;

/**
 * Splits a TCP byte stream into size-prefixed frames. Chunks are kept as a list and each byte is copied
 * at most once: the size prefix is read once (copying at most its 4 bytes when it straddles reads), and
 * a frame is joined only from the chunks it spans, once all of it has arrived. However the stream is cut,
 * the work per frame stays proportional to its size.
 */
export class FrameDecoder {
  private chunks: Buffer[] = [];
  private bufferedBytes = 0;
  /** Size of the frame being received, known once its prefix is complete. */
  private pendingFrameBytes: number | null = null;

  constructor(private readonly maxFrameBytes: number) {}

  /** Returns every complete frame (without its size prefix); throws InvalidFrameSizeError on a bad size. */
  push(chunk: Buffer): Buffer[] {
    if (chunk.length === 0) return [];
    this.chunks.push(chunk);
    this.bufferedBytes += chunk.length;
    const frames: Buffer[] = [];
    for (let frame = this.nextFrame(); frame; frame = this.nextFrame()) frames.push(frame);
    return frames;
  }

  private nextFrame(): Buffer | null {
    if (this.pendingFrameBytes === null) {
      if (this.bufferedBytes < SIZE_PREFIX_BYTES) return null;
      this.pendingFrameBytes = this.checkedSize(this.take(SIZE_PREFIX_BYTES).readInt32BE(0));
    }
    if (this.bufferedBytes < this.pendingFrameBytes) return null;
    const frame = this.take(this.pendingFrameBytes);
    this.pendingFrameBytes = null;
    return frame;
  }

  private checkedSize(frameBytes: number): number {
    if (frameBytes < MIN_REQUEST_BYTES || frameBytes > this.maxFrameBytes) {
      throw new InvalidFrameSizeError(frameBytes, this.maxFrameBytes);
    }
    return frameBytes;
  }

  /** Removes the next byteCount buffered bytes: a view when one chunk holds them all, else one copy of exactly them. */
  private take(byteCount: number): Buffer {
    this.bufferedBytes -= byteCount;
    const head = this.chunks[0];
    if (head.length >= byteCount) {
      this.consumeHead(byteCount);
      return head.subarray(0, byteCount);
    }
    const joined = Buffer.allocUnsafe(byteCount);
    for (let filled = 0; filled < byteCount;) {
      const copied = this.chunks[0].copy(joined, filled, 0, byteCount - filled);
      this.consumeHead(copied);
      filled += copied;
    }
    return joined;
  }

  private consumeHead(byteCount: number): void {
    const head = this.chunks[0];
    if (byteCount === head.length) this.chunks.shift();
    else this.chunks[0] = head.subarray(byteCount);
  }
}
