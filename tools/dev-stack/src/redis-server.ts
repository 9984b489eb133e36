import { mkdirSync } from 'node:fs';
import { Socket } from 'node:net';
import { commandExists, isRoot, ManagedProcess, runOrFail, startProcess, waitUntil } from './processes';

const ensureRedisInstalled = (): void => {
  if (commandExists('redis-server')) return;
  if (!isRoot()) {
    throw new Error('redis-server is not installed: install the Debian package "redis-server" (or set REDIS_URL).');
  }
  console.log('[dev-stack] installing redis-server with apt-get...');
  runOrFail('apt-get', ['update', '-qq']);
  runOrFail('apt-get', ['install', '-y', '-qq', 'redis-server'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
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

export const startRedis = async (dataDir: string, port: number, persistent: boolean): Promise<RunningRedis> => {
  ensureRedisInstalled();
  mkdirSync(dataDir, { recursive: true });
  const persistence = persistent ? ['--appendonly', 'yes'] : ['--save', '', '--appendonly', 'no'];
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dataDir, '--daemonize', 'no', ...persistence];
  const server = startProcess('redis', 'redis-server', args, { quiet: true });
  await waitUntil('Redis', () => answersPing(port));
  return { url: `redis://127.0.0.1:${port}`, process: server };
};
