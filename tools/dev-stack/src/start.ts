import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadDevSecrets } from './dev-secrets';
import { DEMO_PASSWORD, demoLogins, seedDemoClinic } from './demo-clinic';
import { Infrastructure, migrateAll, serviceDatabaseUrls, startInfrastructure } from './infrastructure';
import { ManagedProcess, startProcess, waitUntil } from './processes';
import { DOMAIN_SERVICES, DomainService, GATEWAY, ServiceEntry } from './service-catalog';

const LOCAL_PORTS = { postgres: 54329, redis: 63790, kafka: 19092 };

const urlOf = (service: ServiceEntry) => `http://127.0.0.1:${service.port}`;

const environmentFor = (service: ServiceEntry & Partial<DomainService>, infrastructure: Infrastructure, secrets: ReturnType<typeof loadDevSecrets>) => ({
  ...process.env,
  ...secrets,
  PORT: String(service.port),
  METRICS_PORT: String(service.metricsPort),
  REDIS_URL: infrastructure.redisUrl,
  KAFKA_BROKERS: infrastructure.kafkaBrokers,
  ...(service.database ? serviceDatabaseUrls(infrastructure, service.database) : {}),
  ...Object.fromEntries(DOMAIN_SERVICES.map((domain) => [`${domain.name.toUpperCase()}_URL`, urlOf(domain)])),
});

const startService = async (root: string, service: ServiceEntry, environment: NodeJS.ProcessEnv): Promise<ManagedProcess> => {
  const running = startProcess(service.name, process.execPath, [join(root, 'dist', 'apps', service.name, 'src', 'main.js')], { env: environment });
  await waitUntil(service.name, async () => (await fetch(`${urlOf(service)}/healthz`)).ok);
  return running;
};

const printWelcome = () => {
  const gateway = urlOf(GATEWAY);
  console.log(`
Praxis is running.
  Gateway:   ${gateway}/api/v1
  API docs:  ${gateway}/api/docs   (OpenAPI: ${gateway}/api/openapi.json)
  Demo logins (password "${DEMO_PASSWORD}"):
${demoLogins.map(({ role, email }) => `    ${role.padEnd(15)} ${email}`).join('\n')}
Press Ctrl-C to stop everything.`);
};

/** `npm start`: infrastructure, migrations, every service, a demo clinic; Ctrl-C stops it all. */
export const main = async (root: string): Promise<void> => {
  const dataDir = join(root, '.praxis');
  mkdirSync(dataDir, { recursive: true });
  const infrastructure = await startInfrastructure({ dataDir, ports: LOCAL_PORTS, ephemeral: false, environment: process.env });
  const services: ManagedProcess[] = [];
  const stopAll = async () => {
    await Promise.all(services.map((service) => service.stop()));
    await infrastructure.stop();
  };
  let stopping = false;
  const onSignal = () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping Praxis...');
    void stopAll().then(() => process.exit(0));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    migrateAll(root, infrastructure, { checkDrift: false });
    const secrets = loadDevSecrets(dataDir);
    for (const service of [...DOMAIN_SERVICES, GATEWAY]) {
      services.push(await startService(root, service, environmentFor(service, infrastructure, secrets)));
    }
    await seedDemoClinic(urlOf(GATEWAY));
    printWelcome();
  } catch (error) {
    console.error(error);
    await stopAll();
    process.exit(1);
  }
};
