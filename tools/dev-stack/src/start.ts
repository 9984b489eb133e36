import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig, SERVICE_NODE_OPTIONS } from '@praxis/platform';
import { z } from 'zod';
import { ChildProcesses } from './child-processes';
import { buildConsole } from './console-build';
import { loadDevSecrets } from './dev-secrets';
import { DEMO_PASSWORD, demoLogins, seedDemoClinic } from './demo-clinic';
import { Infrastructure, migrateAll, serviceDatabaseUrls, startInfrastructure } from './infrastructure';
import { ManagedProcess, waitUntil } from './processes';
import { stopOnSignalOrOrphaning } from './shutdown';
import { CLEARINGHOUSE, DOMAIN_SERVICES, DomainService, GATEWAY, ServiceEntry } from './service-catalog';

const LOCAL_PORTS = { postgres: 54329, redis: 63790, kafka: 19092 };

const devStackSettingsSchema = z.object({
  /** 1: every process's full log in the terminal too, not only warnings and errors. */
  PRAXIS_LOG_TO_TERMINAL: z
    .enum(['0', '1'])
    .default('0')
    .transform((value) => value === '1'),
});

const urlOf = (service: ServiceEntry) => `http://127.0.0.1:${service.port}`;

const environmentFor = (
  service: ServiceEntry & Partial<DomainService>,
  infrastructure: Infrastructure,
  secrets: ReturnType<typeof loadDevSecrets>,
) => ({
  ...process.env,
  ...secrets,
  PORT: String(service.port),
  METRICS_PORT: String(service.metricsPort),
  REDIS_URL: infrastructure.redisUrl,
  KAFKA_BROKERS: infrastructure.kafkaBrokers,
  ...(service.database ? serviceDatabaseUrls(infrastructure, service.database) : {}),
  ...Object.fromEntries(DOMAIN_SERVICES.map((domain) => [`${domain.name.toUpperCase()}_URL`, urlOf(domain)])),
  CLEARINGHOUSE_URL: urlOf(CLEARINGHOUSE),
});

const startService = async (
  processes: ChildProcesses,
  root: string,
  service: ServiceEntry,
  environment: NodeJS.ProcessEnv,
): Promise<ManagedProcess> => {
  const running = await processes.start(
    service.name,
    process.execPath,
    [...SERVICE_NODE_OPTIONS, join(root, 'dist', 'apps', service.name, 'src', 'main.js')],
    { env: environment },
  );
  await waitUntil(service.name, async () => (await fetch(`${urlOf(service)}/healthz`)).ok);
  return running;
};

const printWelcome = (logDirectory: string) => {
  const gateway = urlOf(GATEWAY);
  console.log(`
Praxis is running.
  Console:   ${gateway}/   (sign in with a demo login below)
  Gateway:   ${gateway}/api/v1
  Sandbox clearinghouse: ${urlOf(CLEARINGHOUSE)}/admin/rules   (its payers' rules)
  API docs:  ${gateway}/api/docs   (OpenAPI: ${gateway}/api/openapi.json)
  Demo logins (password "${DEMO_PASSWORD}"):
${demoLogins.map(({ role, email }) => `    ${role.padEnd(15)} ${email}`).join('\n')}
  Logs:      ${logDirectory}/<process>.log
             (only warnings and errors show here; PRAXIS_LOG_TO_TERMINAL=1 shows everything)
Press Ctrl-C to stop everything.`);
};

/** `npm start`: infrastructure, migrations, every service, a demo clinic; Ctrl-C or SIGTERM stops it all, and so does losing its parent. */
export const main = async (root: string): Promise<void> => {
  const settings = parseConfig(devStackSettingsSchema, process.env);
  const dataDir = join(root, '.praxis');
  const logDirectory = join(dataDir, 'logs');
  mkdirSync(logDirectory, { recursive: true });
  const processes = ChildProcesses.open({ root, logDirectory, echoEverything: settings.PRAXIS_LOG_TO_TERMINAL });
  let infrastructure: Infrastructure | undefined;
  const services: ManagedProcess[] = [];
  const stopAll = async () => {
    await Promise.all(services.map((service) => service.stop()));
    await infrastructure?.stop();
    processes.close();
  };
  stopOnSignalOrOrphaning(stopAll, () => console.log('\nStopping Praxis...'));
  try {
    buildConsole(root);
    infrastructure = await startInfrastructure({
      processes,
      dataDir,
      ports: LOCAL_PORTS,
      ephemeral: false,
      environment: process.env,
    });
    migrateAll(root, infrastructure, { checkDrift: false, logFile: join(logDirectory, 'migrations.log') });
    const secrets = loadDevSecrets(dataDir);
    for (const service of [CLEARINGHOUSE, ...DOMAIN_SERVICES, GATEWAY]) {
      services.push(await startService(processes, root, service, environmentFor(service, infrastructure, secrets)));
    }
    await seedDemoClinic(urlOf(GATEWAY));
    printWelcome(logDirectory);
  } catch (error) {
    console.error(error);
    await stopAll();
    process.exit(1);
  }
};
