import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { eventually } from '@praxis/testing';

const WORKSPACE = join(__dirname, '..', '..', '..');
/** From the build `npm test` makes first: plain node starts it in a fraction of the time a TypeScript loader needs. */
const MINIATURE = [join(WORKSPACE, 'dist', 'tools', 'dev-stack', 'test', 'stack-in-miniature.js'), WORKSPACE];

interface Launched {
  launcher: ChildProcess;
  stack: number;
  groups: number[];
  watchdog: number;
}

interface ProcessRow {
  pid: number;
  parent: number;
  group: number;
  zombie: boolean;
}

/** A zombie has ended and holds nothing; it only waits for init to collect its exit status. */
const processTable = (): ProcessRow[] =>
  execFileSync('ps', ['-eo', 'pid=,ppid=,pgid=,stat='], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((line) => line.trim().split(/\s+/))
    .map(([pid, parent, group, state]) => ({
      pid: Number(pid),
      parent: Number(parent),
      group: Number(group),
      zombie: state.startsWith('Z'),
    }));

/** Starts the miniature stack, through `sh` when asked (as npm runs a script), and waits until its children run. */
const launch = async (throughShell: boolean): Promise<Launched> => {
  // `; true` keeps sh alive as the stack's parent instead of letting it exec node.
  const launcher = throughShell
    ? spawn('sh', ['-c', `"${[process.execPath, ...MINIATURE].join('" "')}"; true`])
    : spawn(process.execPath, MINIATURE);
  const [line] = (await once(launcher.stdout as NodeJS.ReadableStream, 'data')) as [Buffer];
  const { groups } = JSON.parse(line.toString()) as { groups: number[] };
  const table = processTable();
  const stack = throughShell
    ? (table.find((row) => row.parent === launcher.pid)?.pid as number)
    : (launcher.pid as number);
  const watchdog = table.find((row) => row.parent === stack && !groups.includes(row.pid))?.pid as number;
  return { launcher, stack, groups, watchdog };
};

/** Living processes of the stack's groups, and the stack and its watchdog if they still run. */
const survivors = ({ stack, groups, watchdog }: Launched): number[] =>
  processTable()
    .filter((row) => !row.zombie && (groups.includes(row.group) || row.pid === stack || row.pid === watchdog))
    .map((row) => row.pid);

/** The stack, its watchdog, the wrapper with its own child, and the service. */
const allFiveRunning = (launched: Launched) =>
  eventually(async () => expect(survivors(launched)).toHaveLength(5), 5_000);
const nothingRemainsWithin = (launched: Launched, withinMs: number) =>
  eventually(async () => expect(survivors(launched)).toEqual([]), withinMs);

const killLeftovers = (launched: Launched) =>
  survivors(launched).forEach((pid) => {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // ended between the listing and the kill
    }
  });

describe('nothing the dev stack started outlives it', () => {
  it.concurrent('stops every child, a wrapped server’s own child included, on SIGTERM', async () => {
    const launched = await launch(false);
    try {
      await allFiveRunning(launched);
      const exit = once(launched.launcher, 'exit');
      launched.launcher.kill('SIGTERM');
      expect(await exit).toEqual([0, null]);
      await nothingRemainsWithin(launched, 2_000);
    } finally {
      killLeftovers(launched);
    }
  });

  it.concurrent('has its watchdog stop every child when the stack itself is killed with SIGKILL', async () => {
    const launched = await launch(false);
    try {
      await allFiveRunning(launched);
      launched.launcher.kill('SIGKILL');
      await nothingRemainsWithin(launched, 6_000);
    } finally {
      killLeftovers(launched);
    }
  });

  it.concurrent('stops everything when its parent is killed with SIGKILL, as when npm is', async () => {
    const launched = await launch(true);
    try {
      await allFiveRunning(launched);
      launched.launcher.kill('SIGKILL');
      await nothingRemainsWithin(launched, 4_000);
    } finally {
      killLeftovers(launched);
    }
  });
});
