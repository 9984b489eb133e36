import { mkdirSync } from 'node:fs';
import { Socket } from 'node:net';
import { ChildProcesses } from './child-processes';
import { commandExists, isRoot, ManagedProcess, runOrFail, waitUntil } from './processes';

const ensureRedisInstalled = (): void => {
  if (commandExists('redis-server')) return;
  if (!isRoot()) {
    throw new Error('redis-server is not installed: install the Debian package "redis-server" (or set REDIS_URL).');
  }
  console.log('[dev-stack] installing redis-server with apt-get...');
  runOrFail('apt-get', ['update', '-qq']);
  runOrFail('apt-get', ['install', '-y', '-qq', 'redis-server'], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
};

const answersPing = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = new Socket();
    socket.once('error', () => resolve(false));
    socket.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
  });

export interface RunningRedis {
  url: string;
  process: ManagedProcess;
}

/** Redis logs at warning level (`#`) its start-up banner too; only lines that report trouble are problems. */
const isServerProblem = (line: string): boolean => / # .*\b(warning|error|fail|fatal|unable|can't)/i.test(line);

export const startRedis = async (
  processes: ChildProcesses,
  dataDir: string,
  port: number,
  persistent: boolean,
): Promise<RunningRedis> => {
  ensureRedisInstalled();
  mkdirSync(dataDir, { recursive: true });
  const persistence = persistent ? ['--appendonly', 'yes'] : ['--save', '', '--appendonly', 'no'];
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dataDir, '--daemonize', 'no', ...persistence];
  const server = await processes.start('redis', 'redis-server', args, { isProblem: isServerProblem });
  await waitUntil('Redis', () => answersPing(port));
  return { url: `redis://127.0.0.1:${port}`, process: server };
};
