import { ChildProcess } from 'node:child_process';
import { basename, join } from 'node:path';

/** Jest runs this file from source; the dev stack's browser journeys run it from dist/, one folder deeper. */
export const WORKSPACE = join(
  __dirname,
  '..',
  '..',
  '..',
  ...(basename(join(__dirname, '..', '..', '..')) === 'dist' ? ['..'] : []),
);

/** A file of the build `npm test` made, e.g. builtFile('apps', 'billing', 'src', 'main.js'). */
export const builtFile = (...path: string[]): string => join(WORKSPACE, 'dist', ...path);

/** Ends the process with the signal and waits until it has exited (at once when it already has). */
export const endProcess = (child: ChildProcess, signal: NodeJS.Signals): Promise<void> =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
