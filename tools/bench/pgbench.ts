import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { LoadFigures, percentile } from './load';

const pgbenchBinary = (): string => {
  if (spawnSync('sh', ['-c', 'command -v pgbench'], { stdio: 'ignore' }).status === 0) return 'pgbench';
  const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
  return join('/usr/lib/postgresql', versions[0] ?? '', 'bin', 'pgbench');
};

/** The floor for a booking: one-row inserts straight into PostgreSQL, with as many clients, on the same server. */
export const pgbenchOneRowInserts = async (
  adminUrl: string,
  clients: number,
  seconds: number,
): Promise<LoadFigures> => {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(
    'CREATE TABLE IF NOT EXISTS bench_rows (id bigserial PRIMARY KEY, payload text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())',
  );
  await admin.end();
  const folder = mkdtempSync(join(tmpdir(), 'praxis-pgbench-'));
  const script = join(folder, 'insert.sql');
  writeFileSync(script, "INSERT INTO bench_rows (payload) VALUES ('appointment');\n");
  const url = new URL(adminUrl);
  const result = spawnSync(
    pgbenchBinary(),
    [
      '-n',
      '-h',
      url.hostname,
      '-p',
      url.port,
      '-U',
      url.username,
      '-c',
      String(clients),
      '-j',
      '2',
      '-T',
      String(seconds),
      '-f',
      script,
      '-l',
      '--log-prefix',
      join(folder, 'latency'),
      url.pathname.slice(1),
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`pgbench failed: ${result.stderr}`);
  const latencies = readdirSync(folder)
    .filter((name) => name.startsWith('latency'))
    .flatMap((name) => readFileSync(join(folder, name), 'utf8').trim().split('\n'))
    .map((line) => Number(line.split(' ')[2]) / 1000)
    .sort((a, b) => a - b);
  rmSync(folder, { recursive: true, force: true });
  const tps = Number(/tps = ([\d.]+)/.exec(result.stdout)?.[1] ?? 0);
  const failed = Number(/number of failed transactions: (\d+)/.exec(result.stdout)?.[1] ?? 0);
  return {
    requestsPerSecond: Math.round(tps),
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    errors: failed,
  };
};
