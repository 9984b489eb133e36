import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtFile, endProcess } from './built-processes';
import { freePortNumber } from './ports';

/** A Kafka-protocol broker of the test's own, in a process that can crash and come back with what it had written. */
export interface BrokerProcess {
  brokers: string[];
  /** Kills the broker as a crash would (SIGKILL); what it acknowledged is on disk. */
  crash(): Promise<void>;
  /** Starts it again on the same port and data directory. */
  restart(): Promise<void>;
  /** Stops it and removes its data. */
  stop(): Promise<void>;
}

const accepting = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
  });

const listening = async (port: number, child: ChildProcess, timeoutMs = 15_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the broker exited with ${child.exitCode} before it listened`);
    if (await accepting(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the broker did not listen on ${port} within ${timeoutMs}ms`);
};

/**
 * Runs the built broker (tools/kafka-broker) as its own process with a data directory, for tests that crash the
 * broker itself; the suite's shared broker must never be crashed, since every test file uses it. `minSessionTimeoutMs`
 * lets consumers that ask for short sessions join (the broker keeps Apache Kafka's 6 s floor by default).
 */
export const startBrokerProcess = async ({ minSessionTimeoutMs = 6_000 } = {}): Promise<BrokerProcess> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'praxis-broker-'));
  const port = await freePortNumber();
  const main = builtFile('tools', 'kafka-broker', 'src', 'main.js');
  const options = ['--port', String(port), '--data-dir', dataDir, '--log-level', 'error'];
  const args = [main, ...options, '--group-min-session-timeout-ms', String(minSessionTimeoutMs)];
  let child: ChildProcess;
  const start = async () => {
    child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    await listening(port, child);
  };
  await start();
  return {
    brokers: [`127.0.0.1:${port}`],
    crash: () => endProcess(child, 'SIGKILL'),
    restart: async () => {
      await endProcess(child, 'SIGTERM');
      await start();
    },
    stop: async () => {
      await endProcess(child, 'SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
