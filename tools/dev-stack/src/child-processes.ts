import { ChildProcess, fork, spawn } from 'node:child_process';
import { existsSync, WriteStream } from 'node:fs';
import { join } from 'node:path';
import { isServiceProblem, routeOutput } from './process-output';
import { ManagedProcess } from './processes';

export interface ChildProcessesOptions {
  root: string;
  /** Each child writes `<logDirectory>/<name>.log`; without a directory its output is discarded. */
  logDirectory?: string;
  echoEverything?: boolean;
}

export interface ChildOptions {
  env?: NodeJS.ProcessEnv;
  /** What stops the process cleanly: SIGINT is PostgreSQL's fast shutdown. */
  stopSignal?: NodeJS.Signals;
  isProblem?: (line: string) => boolean;
}

const STOP_GRACE_MS = 10_000;
const POLL_MS = 50;

const signalGroup = (groupId: number, signal: NodeJS.Signals): void => {
  try {
    process.kill(-groupId, signal);
  } catch {
    // the group is already gone
  }
};

const groupAlive = (groupId: number): boolean => {
  try {
    process.kill(-groupId, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Done when the whole group is gone, not only its leader: runuser may exit before the PostgreSQL it started. */
const stopGroup = async (groupId: number, signal: NodeJS.Signals): Promise<void> => {
  signalGroup(groupId, signal);
  const deadline = Date.now() + STOP_GRACE_MS;
  while (groupAlive(groupId)) {
    if (Date.now() > deadline) return signalGroup(groupId, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
};

/**
 * The dev stack's children, each in its own process group so that a wrapper (runuser) and the server it runs
 * stop together. A watchdog process holds the list of groups and stops them if this process ends without
 * doing so itself (SIGKILL, a crash), so no PostgreSQL, Redis or service outlives `npm start`.
 */
export class ChildProcesses {
  /** Group ids the watchdog has not yet confirmed it holds. */
  private readonly unconfirmed = new Map<number, () => void>();

  private constructor(
    private readonly watchdog: ChildProcess,
    private readonly options: ChildProcessesOptions,
  ) {
    watchdog.on('message', ({ watching }: { watching: number }) => this.unconfirmed.get(watching)?.());
    watchdog.once('exit', () => {
      console.error('[dev-stack] the watchdog stopped: children will not be stopped if this process is killed');
      this.unconfirmed.forEach((confirm) => confirm());
    });
  }

  static open(options: ChildProcessesOptions): ChildProcesses {
    const script = join(options.root, 'tools', 'dev-stack', 'watchdog.mjs');
    if (!existsSync(script)) throw new Error(`no watchdog at ${script}`);
    const watchdog = fork(script, [], {
      detached: true,
      // Nothing inherited: a parent's NODE_CHANNEL_* settings (jest's workers have some) would garble the channel.
      env: {},
      execArgv: [],
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    watchdog.unref();
    watchdog.channel?.unref();
    return new ChildProcesses(watchdog, options);
  }

  /** Resolves once the watchdog confirms it holds the new process group, so a SIGKILL from then on cannot leak it. */
  async start(
    name: string,
    command: string,
    args: string[],
    { env, stopSignal = 'SIGTERM', isProblem = isServiceProblem }: ChildOptions = {},
  ): Promise<ManagedProcess> {
    const { logDirectory, echoEverything = false } = this.options;
    const output = logDirectory ? 'pipe' : 'ignore';
    const child = spawn(command, args, { env, detached: true, stdio: ['ignore', output, output] });
    child.on('error', (error) => console.error(`[dev-stack] ${name}: ${error.message}`));
    const groupId = child.pid;
    if (groupId === undefined) throw new Error(`${command} could not be started`);
    let logFile: WriteStream | undefined;
    if (logDirectory && child.stdout && child.stderr) {
      logFile = routeOutput(name, [child.stdout, child.stderr], {
        logFile: join(logDirectory, `${name}.log`),
        echoEverything,
        isProblem,
      });
    }
    child.once('exit', (code, signal) => {
      if (code && !signal) console.error(`[dev-stack] ${name} exited with code ${code}`);
    });
    child.once('close', () => logFile?.end());
    await this.watch(groupId, stopSignal);
    return {
      name,
      child,
      stop: async () => {
        await stopGroup(groupId, stopSignal);
        if (this.watchdog.connected) this.watchdog.send({ forget: groupId });
      },
    };
  }

  /** Once everything is stopped: the watchdog finds nothing left and exits. */
  close(): void {
    this.watchdog.removeAllListeners('exit');
    if (this.watchdog.connected) this.watchdog.disconnect();
  }

  private watch(groupId: number, stopSignal: NodeJS.Signals): Promise<void> {
    if (!this.watchdog.connected) return Promise.resolve();
    return new Promise((resolve) => {
      this.unconfirmed.set(groupId, () => {
        this.unconfirmed.delete(groupId);
        resolve();
      });
      this.watchdog.send({ watch: groupId, signal: stopSignal });
    });
  }
}
