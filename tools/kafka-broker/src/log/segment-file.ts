import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Logger } from 'pino';
import { InvalidRecordBatchError } from '../errors';
import { completeBatchLength, validateBatch } from '../protocol/record-batch';

const SEGMENT_SUFFIX = '.log';

/**
 * One append-only segment file: the stored record batches concatenated exactly as they are served,
 * which is also Apache Kafka's own segment layout. Writes are synchronous so that an acknowledged
 * produce is in the OS page cache before the response leaves (it survives a process crash).
 */
export class SegmentFile {
  private fd: number | null;

  private constructor(readonly filePath: string) {
    this.fd = fs.openSync(filePath, 'a');
  }

  static create(directory: string, baseOffset: number): SegmentFile {
    fs.mkdirSync(directory, { recursive: true });
    return new SegmentFile(path.join(directory, `${String(baseOffset).padStart(20, '0')}${SEGMENT_SUFFIX}`));
  }

  static open(filePath: string): SegmentFile {
    return new SegmentFile(filePath);
  }

  append(bytes: Buffer): void {
    if (this.fd === null) return;
    let written = 0;
    while (written < bytes.length) written += fs.writeSync(this.fd, bytes, written);
  }

  close(): void {
    if (this.fd === null) return;
    fs.closeSync(this.fd);
    this.fd = null;
  }

  remove(): void {
    this.close();
    fs.rmSync(this.filePath, { force: true });
  }
}

export interface RecoveredSegment {
  baseOffset: number;
  batches: Buffer[];
  file: SegmentFile;
}

/**
 * Loads a partition directory in offset order. The first batch that is incomplete or fails its CRC
 * marks a torn write from a crash: the file is truncated there and any later segment is discarded.
 */
export function recoverSegments(directory: string, logger: Logger): RecoveredSegment[] {
  const names = fs.existsSync(directory)
    ? fs
        .readdirSync(directory)
        .filter((name) => name.endsWith(SEGMENT_SUFFIX))
        .sort()
    : [];
  const recovered: RecoveredSegment[] = [];
  for (const [index, name] of names.entries()) {
    const filePath = path.join(directory, name);
    const { batches, validBytes, totalBytes } = scanSegment(fs.readFileSync(filePath));
    if (validBytes < totalBytes) {
      logger.warn({ filePath, validBytes, totalBytes }, 'truncating torn segment tail');
      fs.truncateSync(filePath, validBytes);
      names.slice(index + 1).forEach((later) => fs.rmSync(path.join(directory, later), { force: true }));
    }
    recovered.push({
      baseOffset: Number(name.slice(0, -SEGMENT_SUFFIX.length)),
      batches,
      file: SegmentFile.open(filePath),
    });
    if (validBytes < totalBytes) break;
  }
  return recovered;
}

function scanSegment(contents: Buffer): { batches: Buffer[]; validBytes: number; totalBytes: number } {
  const batches: Buffer[] = [];
  let position = 0;
  while (position < contents.length) {
    const batch = intactBatchAt(contents, position);
    if (!batch) break;
    batches.push(batch);
    position += batch.length;
  }
  return { batches, validBytes: position, totalBytes: contents.length };
}

function intactBatchAt(contents: Buffer, position: number): Buffer | null {
  try {
    const length = completeBatchLength(contents, position);
    if (length === null) return null;
    const batch = contents.subarray(position, position + length);
    validateBatch(batch);
    return batch;
  } catch (error: unknown) {
    if (error instanceof InvalidRecordBatchError) return null;
    throw error;
  }
}
