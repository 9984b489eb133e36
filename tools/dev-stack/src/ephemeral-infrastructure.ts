import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePortNumber, SharedInfrastructure } from '@praxis/testing';
import { ChildProcesses } from './child-processes';
import { migrateAll, serviceDatabaseUrls, startInfrastructure } from './infrastructure';
import { DOMAIN_SERVICES } from './service-catalog';

export interface EphemeralOptions {
  checkDrift: boolean;
  environment: NodeJS.ProcessEnv;
}

/** Throw-away PostgreSQL, Redis and broker in a temporary folder, migrated, removed when the work is done. */
export const withEphemeralInfrastructure = async <T>(
  root: string,
  { checkDrift, environment }: EphemeralOptions,
  work: (shared: SharedInfrastructure) => Promise<T>,
): Promise<T> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'praxis-'));
  // PostgreSQL runs as its own OS user when we are root, and must be able to reach its folder inside this one.
  chmodSync(dataDir, 0o755);
  const ports = { postgres: await freePortNumber(), redis: await freePortNumber(), kafka: await freePortNumber() };
  const processes = ChildProcesses.open({ root });
  const infrastructure = await startInfrastructure({ processes, dataDir, ports, ephemeral: true, environment });
  try {
    migrateAll(root, infrastructure, { checkDrift });
    return await work({
      adminDatabaseUrl: infrastructure.adminDatabaseUrl,
      redisUrl: infrastructure.redisUrl,
      kafkaBrokers: infrastructure.kafkaBrokers.split(','),
      credentials: infrastructure.credentials,
      databases: Object.fromEntries(
        DOMAIN_SERVICES.map((service) => [service.name, serviceDatabaseUrls(infrastructure, service.database)]),
      ),
    });
  } finally {
    await infrastructure.stop();
    processes.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
};
