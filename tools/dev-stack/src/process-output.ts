import { createWriteStream, WriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** A child's output: all of it to its log file; to the terminal only what someone must see, unless asked for everything. */
export interface OutputRouting {
  logFile: string;
  echoEverything: boolean;
  isProblem: (line: string) => boolean;
}

const PINO_WARN = 40;

/** Services log pino JSON: warn and above is a problem, and so is anything that is not JSON (a crash, a Node warning). */
export const isServiceProblem = (line: string): boolean => {
  try {
    const { level } = JSON.parse(line) as { level?: unknown };
    return typeof level !== 'number' || level >= PINO_WARN;
  } catch {
    return true;
  }
};

/** Copies every stream to one log file (started afresh) and echoes lines to the terminal, prefixed with the process name. */
export const routeOutput = (
  name: string,
  streams: Readable[],
  { logFile, echoEverything, isProblem }: OutputRouting,
): WriteStream => {
  const file = createWriteStream(logFile, { flags: 'w' });
  for (const stream of streams) {
    stream.pipe(file, { end: false });
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
      const problem = isProblem(line);
      if (problem || echoEverything) (problem ? process.stderr : process.stdout).write(`[${name}] ${line}\n`);
    });
  }
  return file;
};
