import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Logger } from 'pino';
import { writeFileAtomically } from '../log/topic-registry';

const OFFSETS_FILE = 'consumer-offsets.jsonl';
/** Rewrite the file once it holds this many superseded lines (and over half of it is stale). */
const COMPACTION_MIN_LINES = 10_000;

export interface CommittedOffset {
  offset: number;
  metadata: string | null;
}

export interface OffsetCommitEntry extends CommittedOffset {
  topic: string;
  partition: number;
}

interface OffsetLine {
  g: string;
  t: string;
  p: number;
  o: number;
  m: string | null;
}

/**
 * Committed consumer-group offsets. With a data directory every commit is appended as one JSON line
 * (the stand-in for Kafka's compacted __consumer_offsets topic); the latest line per key wins.
 */
export class OffsetStore {
  private readonly offsets = new Map<string, Map<string, CommittedOffset>>();
  private fd: number | null = null;
  private lineCount = 0;

  private constructor(private readonly filePath: string | null) {}

  static open(dataDir: string | null, logger: Logger): OffsetStore {
    const store = new OffsetStore(dataDir ? path.join(dataDir, OFFSETS_FILE) : null);
    if (store.filePath) {
      fs.mkdirSync(path.dirname(store.filePath), { recursive: true });
      store.load(store.filePath, logger);
      store.compactIfStale();
      store.fd ??= fs.openSync(store.filePath, 'a');
    }
    return store;
  }

  get(groupId: string, topic: string, partition: number): CommittedOffset | undefined {
    return this.offsets.get(groupId)?.get(partitionKey(topic, partition));
  }

  entriesFor(groupId: string): OffsetCommitEntry[] {
    const group = this.offsets.get(groupId) ?? new Map<string, CommittedOffset>();
    return [...group].map(([key, committed]) => {
      const [topic, partition] = splitKey(key);
      return { topic, partition, ...committed };
    });
  }

  groupIds(): string[] {
    return [...this.offsets.keys()];
  }

  commit(groupId: string, entries: readonly OffsetCommitEntry[]): void {
    entries.forEach((entry) =>
      this.apply({ g: groupId, t: entry.topic, p: entry.partition, o: entry.offset, m: entry.metadata }),
    );
    if (this.fd === null || entries.length === 0) return;
    const lines = entries.map((entry) =>
      JSON.stringify({ g: groupId, t: entry.topic, p: entry.partition, o: entry.offset, m: entry.metadata }),
    );
    fs.writeSync(this.fd, `${lines.join('\n')}\n`);
    this.lineCount += lines.length;
    this.compactIfStale();
  }

  close(): void {
    if (this.fd !== null) fs.closeSync(this.fd);
    this.fd = null;
  }

  /** A crash can leave a partial last line; everything up to the last complete line is kept. */
  private load(filePath: string, logger: Logger): void {
    if (!fs.existsSync(filePath)) return;
    const contents = fs.readFileSync(filePath, 'utf8');
    const completeLength = contents.lastIndexOf('\n') + 1;
    if (completeLength < contents.length) {
      logger.warn({ filePath }, 'dropping torn last line of the offsets file');
      fs.truncateSync(filePath, Buffer.byteLength(contents.slice(0, completeLength)));
    }
    for (const line of contents.slice(0, completeLength).split('\n')) {
      const parsed = parseLine(line);
      if (parsed) this.apply(parsed);
      if (line.length > 0) this.lineCount += 1;
    }
  }

  private apply(line: OffsetLine): void {
    const group = this.offsets.get(line.g) ?? new Map<string, CommittedOffset>();
    group.set(partitionKey(line.t, line.p), { offset: line.o, metadata: line.m });
    this.offsets.set(line.g, group);
  }

  private compactIfStale(): void {
    const liveCount = [...this.offsets.values()].reduce((total, group) => total + group.size, 0);
    if (!this.filePath || this.lineCount < COMPACTION_MIN_LINES || this.lineCount < 2 * liveCount) return;
    const lines: string[] = [];
    this.offsets.forEach((_, groupId) =>
      this.entriesFor(groupId).forEach((entry) =>
        lines.push(
          JSON.stringify({ g: groupId, t: entry.topic, p: entry.partition, o: entry.offset, m: entry.metadata }),
        ),
      ),
    );
    this.close();
    writeFileAtomically(this.filePath, lines.length > 0 ? `${lines.join('\n')}\n` : '');
    this.lineCount = lines.length;
    this.fd = fs.openSync(this.filePath, 'a');
  }
}

function parseLine(line: string): OffsetLine | null {
  if (line.trim() === '') return null;
  try {
    const parsed = JSON.parse(line) as Partial<OffsetLine>;
    const valid =
      typeof parsed.g === 'string' &&
      typeof parsed.t === 'string' &&
      typeof parsed.p === 'number' &&
      typeof parsed.o === 'number';
    return valid
      ? {
          g: parsed.g as string,
          t: parsed.t as string,
          p: parsed.p as number,
          o: parsed.o as number,
          m: parsed.m ?? null,
        }
      : null;
  } catch {
    return null;
  }
}

function partitionKey(topic: string, partition: number): string {
  return `${topic}\u0000${partition}`;
}

function splitKey(key: string): [string, number] {
  const separator = key.lastIndexOf('\u0000');
  return [key.slice(0, separator), Number(key.slice(separator + 1))];
}
