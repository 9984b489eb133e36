import { InvalidFrameSizeError } from '../errors';
import { FrameDecoder } from './frame-decoder';

const MIB = 1024 * 1024;
const FRAME_BYTES = 16 * MIB;
const SOCKET_READ_BYTES = 64 * 1024;

function sizePrefixed(payload: Buffer): Buffer {
  const prefix = Buffer.alloc(4);
  prefix.writeInt32BE(payload.length);
  return Buffer.concat([prefix, payload]);
}

/** Cuts `stream` at the given lengths, then into socket-sized reads for whatever is left. */
function cut(stream: Buffer, leadingLengths: number[]): Buffer[] {
  const pieces: Buffer[] = [];
  let position = 0;
  for (const length of leadingLengths) {
    pieces.push(stream.subarray(position, position + length));
    position += length;
  }
  for (; position < stream.length; position += SOCKET_READ_BYTES)
    pieces.push(stream.subarray(position, position + SOCKET_READ_BYTES));
  return pieces;
}

/** Bytes copied through every Buffer API that copies, while `work` runs. */
function bytesCopiedBy<T>(work: () => T): { result: T; copiedBytes: number } {
  let copiedBytes = 0;
  const concat = Buffer.concat.bind(Buffer);
  const copy = Buffer.prototype.copy as (...args: unknown[]) => number;
  const concatSpy = jest.spyOn(Buffer, 'concat').mockImplementation((list, totalLength) => {
    const joined = concat(list, totalLength);
    copiedBytes += joined.length;
    return joined;
  });
  const copySpy = jest.spyOn(Buffer.prototype, 'copy').mockImplementation(function (this: Buffer, ...args: unknown[]) {
    const copied = copy.apply(this, args);
    copiedBytes += copied;
    return copied;
  });
  try {
    return { result: work(), copiedBytes };
  } finally {
    concatSpy.mockRestore();
    copySpy.mockRestore();
  }
}

describe('FrameDecoder', () => {
  const payload = Buffer.alloc(FRAME_BYTES, 7);
  payload.writeInt32BE(0x0102_0304, 0);
  payload.writeInt32BE(0x0506_0708, FRAME_BYTES - 4);
  const stream = sizePrefixed(payload);

  it.each([
    ['prefix whole with the first read', []],
    ['prefix split 2 + 2', [2, 2]],
    ['prefix split 1 + 1 + 1 + 1', [1, 1, 1, 1]],
    ['prefix split 3 + 1, then a 1-byte read', [3, 1, 1]],
    ['prefix split 1 + 3 together with the first payload bytes', [1, 3 + 1000]],
  ])('copies a 16 MiB frame at most once when it arrives with the %s', (_, leadingLengths) => {
    const decoder = new FrameDecoder(64 * MIB);
    const pieces = cut(stream, leadingLengths);
    const { result: frames, copiedBytes } = bytesCopiedBy(() => pieces.flatMap((piece) => decoder.push(piece)));
    expect(frames).toHaveLength(1);
    expect(frames[0].equals(payload)).toBe(true);
    expect(copiedBytes).toBeLessThanOrEqual(FRAME_BYTES + 4);
  });

  it('splits pipelined frames whose size prefixes straddle reads, without copying bytes of later frames', () => {
    const small = [Buffer.from('first-request'), Buffer.from('second-request'), Buffer.alloc(3 * SOCKET_READ_BYTES, 1)];
    const joined = Buffer.concat(small.map(sizePrefixed));
    const decoder = new FrameDecoder(MIB);
    const pieces = cut(joined, [4 + small[0].length + 2, 3, 1]);
    const { result: frames, copiedBytes } = bytesCopiedBy(() => pieces.flatMap((piece) => decoder.push(piece)));
    expect(frames.map((frame) => frame.toString('hex'))).toEqual(small.map((frame) => frame.toString('hex')));
    expect(copiedBytes).toBeLessThanOrEqual(small.reduce((total, frame) => total + frame.length + 4, 0));
  });

  it('rejects a declared size above the limit as soon as the prefix is complete', () => {
    const decoder = new FrameDecoder(MIB);
    const prefix = Buffer.alloc(4);
    prefix.writeInt32BE(MIB + 1);
    expect(decoder.push(prefix.subarray(0, 2))).toEqual([]);
    expect(() => decoder.push(prefix.subarray(2))).toThrow(InvalidFrameSizeError);
  });
});
