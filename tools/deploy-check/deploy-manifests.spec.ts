import { APP_ROLE, MIGRATOR_ROLE } from '@praxis/database';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_SERVICES, CLEARINGHOUSE, DOMAIN_SERVICES, GATEWAY, ServiceEntry } from './src/code-under-check';
import {
  commandLine,
  dependencyCondition,
  initScriptsOf,
  keyValues,
  loadComposeServices,
  publishedContainerPorts,
} from './src/compose';
import {
  Container,
  containerEnvironment,
  containersOf,
  K8S_DIRECTORY,
  kustomizationResources,
  literalEnvironment,
  loadDeployedManifests,
  Manifest,
  podAnnotations,
  podLabels,
  readManifests,
  resolvePort,
  SECRET_EXAMPLE,
  yamlFilesOf,
} from './src/kubernetes';
import { requiredEnvironmentOf } from './src/required-environment';

/** Every check collects what is wrong, so one failure lists each missing piece by service. */
const expectNoProblems = (problems: string[]) => expect(problems).toEqual([]);

const migrateScriptOf = (service: ServiceEntry) => `dist/apps/${service.name}/src/migrate.js`;
const upstreamVariableOf = (service: ServiceEntry) => `${service.name.toUpperCase()}_URL`;
const postgresUrlParts = (url: string | undefined) =>
  /^postgres(?:ql)?:\/\/([^:@/]+)(?::.*)?@([^:/]+)(?::\d+)?\/(\w+)$/.exec(url ?? '');

describe('docker-compose.yml', () => {
  const services = loadComposeServices();

  describe.each(ALL_SERVICES)('$name', (service) => {
    const compose = services[service.name];
    const environment = keyValues(compose?.environment);

    it('is a compose service built from deploy/Dockerfile with APP set to its name', () => {
      if (!compose) return expectNoProblems([`compose has no service "${service.name}"`]);
      const problems: string[] = [];
      if (compose.build?.dockerfile !== 'deploy/Dockerfile')
        problems.push(`${service.name} is not built from deploy/Dockerfile`);
      if (keyValues(compose.build?.args).APP !== service.name)
        problems.push(`${service.name} is not built with APP=${service.name}`);
      expectNoProblems(problems);
    });

    it('sets every variable its configuration schema requires', () => {
      const missing = requiredEnvironmentOf(service.name).filter((name) => !environment[name]);
      expectNoProblems(missing.map((name) => `compose service "${service.name}" does not set ${name}`));
    });

    it('listens on its catalog port and has a healthcheck on /readyz or /healthz', () => {
      const problems: string[] = [];
      if (environment.PORT !== String(service.port))
        problems.push(`${service.name} sets PORT=${environment.PORT}, the catalog says ${service.port}`);
      const healthcheck = [compose?.healthcheck?.test ?? []].flat().join(' ');
      if (!/\/(readyz|healthz)/.test(healthcheck))
        problems.push(`${service.name} has no healthcheck on /readyz or /healthz`);
      expectNoProblems(problems);
    });

    it('serves metrics on its catalog metrics port, which it does not publish', () => {
      const problems: string[] = [];
      if (environment.METRICS_PORT !== String(service.metricsPort))
        problems.push(
          `${service.name} sets METRICS_PORT=${environment.METRICS_PORT}, the catalog says ${service.metricsPort}`,
        );
      if (publishedContainerPorts(compose ?? {}).includes(service.metricsPort))
        problems.push(`${service.name} publishes its metrics port ${service.metricsPort}`);
      expectNoProblems(problems);
    });
  });

  describe.each(DOMAIN_SERVICES)('$name', (service) => {
    const environment = keyValues(services[service.name]?.environment);

    it(`connects to its own database as ${APP_ROLE}`, () => {
      const [, user, host, database] = postgresUrlParts(environment.DATABASE_URL) ?? [];
      const problems: string[] = [];
      if (database !== service.database)
        problems.push(`${service.name} DATABASE_URL names database ${database}, not ${service.database}`);
      if (user !== APP_ROLE) problems.push(`${service.name} DATABASE_URL connects as ${user}, not ${APP_ROLE}`);
      if (!host || !services[host]) problems.push(`${service.name} DATABASE_URL host ${host} is not a compose service`);
      expectNoProblems(problems);
    });

    it(`starts only after its migration ran as ${MIGRATOR_ROLE} on its database`, () => {
      const migrations = Object.entries(services).filter(([, candidate]) =>
        commandLine(candidate).includes(migrateScriptOf(service)),
      );
      if (migrations.length !== 1)
        return expectNoProblems([
          `${service.name} needs exactly one compose service running ${migrateScriptOf(service)}, found ${migrations.length}`,
        ]);
      const [[migrationName, migration]] = migrations;
      const [, user, , database] = postgresUrlParts(keyValues(migration.environment).MIGRATION_DATABASE_URL) ?? [];
      const problems: string[] = [];
      if (database !== service.database || user !== MIGRATOR_ROLE) {
        problems.push(
          `${migrationName} MIGRATION_DATABASE_URL must connect to ${service.database} as ${MIGRATOR_ROLE}`,
        );
      }
      if (dependencyCondition(services[service.name] ?? {}, migrationName) !== 'service_completed_successfully') {
        problems.push(
          `${service.name} does not depend on ${migrationName} with condition service_completed_successfully`,
        );
      }
      expectNoProblems(problems);
    });
  });

  it('routes the gateway to every domain service at its catalog port', () => {
    const environment = keyValues(services[GATEWAY.name]?.environment);
    const wrong = DOMAIN_SERVICES.filter(
      (service) => environment[upstreamVariableOf(service)] !== `http://${service.name}:${service.port}`,
    );
    expectNoProblems(
      wrong.map((service) => `gateway ${upstreamVariableOf(service)} is not http://${service.name}:${service.port}`),
    );
  });

  it('publishes host ports for the gateway only, to its catalog port', () => {
    const publishing = Object.entries(services).filter(([, service]) => service.ports?.length);
    const problems = publishing
      .filter(([name]) => name !== GATEWAY.name)
      .map(([name]) => `${name} publishes host ports; only the gateway may`);
    const gatewayPorts = publishedContainerPorts(services[GATEWAY.name] ?? {});
    if (!gatewayPorts.includes(GATEWAY.port))
      problems.push(`gateway does not publish its catalog port ${GATEWAY.port}`);
    expectNoProblems(problems);
  });

  it('runs the sandbox clearinghouse only with the sandbox profile, at its catalog port, and nothing waits for it', () => {
    const sandbox = services[CLEARINGHOUSE.name];
    if (!sandbox) return expectNoProblems([`compose has no service "${CLEARINGHOUSE.name}"`]);
    const problems: string[] = [];
    if (sandbox.profiles?.join() !== 'sandbox') problems.push(`${CLEARINGHOUSE.name} runs outside the sandbox profile`);
    if (keyValues(sandbox.build?.args).APP !== CLEARINGHOUSE.name)
      problems.push(`${CLEARINGHOUSE.name} is not built with APP=${CLEARINGHOUSE.name}`);
    if (keyValues(sandbox.environment).PORT !== String(CLEARINGHOUSE.port))
      problems.push(`${CLEARINGHOUSE.name} does not listen on its catalog port ${CLEARINGHOUSE.port}`);
    Object.entries(services)
      .filter(([, service]) => !service.profiles && dependencyCondition(service, CLEARINGHOUSE.name))
      .forEach(([name]) => problems.push(`${name} depends on ${CLEARINGHOUSE.name}, which production does not run`));
    expectNoProblems(problems);
  });

  it('runs Apache Kafka in KRaft mode without ZooKeeper, at the address every domain service uses', () => {
    const kafka = Object.entries(services).find(([, service]) => service.image?.startsWith('apache/kafka:'));
    if (!kafka) return expectNoProblems(['compose has no apache/kafka service']);
    const [kafkaName, kafkaService] = kafka;
    const environment = keyValues(kafkaService.environment);
    const problems: string[] = [];
    const roles = (environment.KAFKA_PROCESS_ROLES ?? '').split(',');
    if (!roles.includes('broker') || !roles.includes('controller'))
      problems.push(`${kafkaName} is not a combined KRaft broker and controller`);
    if (!environment.KAFKA_CONTROLLER_QUORUM_VOTERS) problems.push(`${kafkaName} has no KRaft controller quorum`);
    Object.entries(services)
      .filter(([name, service]) => /zookeeper/i.test(`${name} ${service.image ?? ''}`))
      .forEach(([name]) => problems.push(`${name} runs ZooKeeper; KRaft needs none`));
    Object.keys(environment)
      .filter((key) => /ZOOKEEPER/.test(key))
      .forEach((key) => problems.push(`${kafkaName} sets ${key}`));
    const advertised = (environment.KAFKA_ADVERTISED_LISTENERS ?? '')
      .split(',')
      .map((listener) => listener.replace(/^\w+:\/\//, ''));
    for (const service of DOMAIN_SERVICES) {
      const brokers = (keyValues(services[service.name]?.environment).KAFKA_BROKERS ?? '').split(',');
      if (!brokers.every((broker) => advertised.includes(broker)))
        problems.push(`${service.name} KAFKA_BROKERS is not an advertised listener of ${kafkaName}`);
    }
    expectNoProblems(problems);
  });

  it('creates every domain service database in the PostgreSQL init script', () => {
    const postgres = Object.values(services).find((service) => service.image?.startsWith('postgres:'));
    const scripts = initScriptsOf(postgres ?? {});
    if (!scripts.length || !scripts.every(existsSync))
      return expectNoProblems([`the postgres service mounts no init script found in the repository`]);
    const text = scripts.map((script) => readFileSync(script, 'utf8')).join('\n');
    const missing = DOMAIN_SERVICES.filter((service) => !new RegExp(`\\b${service.database}\\b`).test(text));
    const roles = [MIGRATOR_ROLE, APP_ROLE].filter((role) => !new RegExp(`CREATE ROLE ${role}\\b`).test(text));
    expectNoProblems([
      ...missing.map((service) => `the postgres init script does not create ${service.database} (${service.name})`),
      ...roles.map((role) => `the postgres init script does not create role ${role}`),
    ]);
  });
});

describe('deploy/k8s', () => {
  it('parses every YAML file', () => {
    expectNoProblems(yamlFilesOf(K8S_DIRECTORY).flatMap((file) => readManifests(file).errors));
  });

  it('deploys every manifest through kustomization.yaml, except the Secret example', () => {
    const resources = kustomizationResources();
    const unlisted = yamlFilesOf(K8S_DIRECTORY).filter(
      (file) => ![...resources, 'kustomization.yaml', SECRET_EXAMPLE].includes(file),
    );
    expectNoProblems([
      ...unlisted.map((file) => `${file} is not listed in kustomization.yaml resources`),
      ...resources
        .filter((file) => !existsSync(join(K8S_DIRECTORY, file)))
        .map((file) => `kustomization.yaml lists missing ${file}`),
      ...(resources.includes(SECRET_EXAMPLE) ? [`kustomization.yaml must not deploy ${SECRET_EXAMPLE}`] : []),
    ]);
  });

  const { deployed, secretExample } = loadDeployedManifests();
  const find = (kind: string, name: string) =>
    deployed.find((manifest) => manifest.kind === kind && manifest.metadata.name === name);
  const containerOf = (deployment: Manifest | undefined): Container | undefined =>
    deployment ? containersOf(deployment)[0] : undefined;

  it('creates the praxis Namespace and the praxis-config ConfigMap, and documents praxis-secrets', () => {
    const problems: string[] = [];
    if (!find('Namespace', 'praxis')) problems.push('no Namespace praxis');
    if (!find('ConfigMap', 'praxis-config')) problems.push('no ConfigMap praxis-config');
    if (secretExample?.kind !== 'Secret' || secretExample.metadata.name !== 'praxis-secrets')
      problems.push(`${SECRET_EXAMPLE} is not the Secret praxis-secrets`);
    expectNoProblems(problems);
  });

  describe.each(ALL_SERVICES)('$name', (service) => {
    const deployment = find('Deployment', service.name);
    const container = containerOf(deployment);

    it('has a Deployment listening on its catalog port, probed on /healthz and /readyz there', () => {
      if (!deployment || !container) return expectNoProblems([`no Deployment "${service.name}" with a container`]);
      const problems: string[] = [];
      if (!container.ports?.some((port) => port.containerPort === service.port))
        problems.push(`${service.name} containerPort is not ${service.port}`);
      const probes = { livenessProbe: '/healthz', readinessProbe: '/readyz' } as const;
      for (const [probe, path] of Object.entries(probes) as [keyof typeof probes, string][]) {
        const httpGet = container[probe]?.httpGet;
        if (httpGet?.path !== path || resolvePort(container, httpGet.port) !== service.port) {
          problems.push(`${service.name} ${probe} is not GET ${path} on port ${service.port}`);
        }
      }
      expectNoProblems(problems);
    });

    it('is scraped by Prometheus on its catalog metrics port, which its Service does not expose', () => {
      if (!deployment || !container) return expectNoProblems([`no Deployment "${service.name}" with a container`]);
      const problems: string[] = [];
      const metricsPort = container.env?.find((variable) => variable.name === 'METRICS_PORT')?.value;
      if (metricsPort !== String(service.metricsPort))
        problems.push(`${service.name} METRICS_PORT is ${metricsPort}, the catalog says ${service.metricsPort}`);
      if (!container.ports?.some((port) => port.containerPort === service.metricsPort))
        problems.push(`${service.name} declares no containerPort ${service.metricsPort}`);
      const annotations = podAnnotations(deployment);
      const expected = {
        'prometheus.io/scrape': 'true',
        'prometheus.io/port': String(service.metricsPort),
        'prometheus.io/path': '/metrics',
      };
      for (const [key, value] of Object.entries(expected)) {
        if (annotations[key] !== value)
          problems.push(`${service.name} pod annotation ${key} is ${annotations[key]}, not ${value}`);
      }
      const exposed = find('Service', service.name)?.spec?.ports?.some(
        (port) => resolvePort(container, port.targetPort ?? port.port) === service.metricsPort,
      );
      if (exposed) problems.push(`Service ${service.name} exposes the metrics port`);
      expectNoProblems(problems);
    });

    it('gives the Deployment every variable its configuration schema requires, from defined keys', () => {
      if (!container) return expectNoProblems([`no Deployment "${service.name}" with a container`]);
      const { names, problems } = containerEnvironment(container, [...deployed, secretExample]);
      const missing = requiredEnvironmentOf(service.name).filter((name) => !names.has(name));
      expectNoProblems([
        ...problems.map((problem) => `${service.name}: ${problem}`),
        ...missing.map((name) => `Deployment "${service.name}" does not provide ${name}`),
      ]);
    });

    it('runs 2 replicas with resource requests and limits, scaled by an autoscaler', () => {
      const problems: string[] = [];
      if (deployment?.spec?.replicas !== 2) problems.push(`${service.name} Deployment does not run 2 replicas`);
      if (!container?.resources?.requests || !container.resources.limits)
        problems.push(`${service.name} container lacks resource requests or limits`);
      const autoscaler = deployed.find(
        (manifest) =>
          manifest.kind === 'HorizontalPodAutoscaler' && manifest.spec?.scaleTargetRef?.name === service.name,
      );
      if (autoscaler?.spec?.scaleTargetRef?.kind !== 'Deployment')
        problems.push(`no HorizontalPodAutoscaler scales Deployment ${service.name}`);
      expectNoProblems(problems);
    });

    it('has a ClusterIP Service on its catalog port that selects the Deployment pods', () => {
      const kubernetesService = find('Service', service.name);
      if (!kubernetesService || !container) return expectNoProblems([`no Service and Deployment "${service.name}"`]);
      const problems: string[] = [];
      if ((kubernetesService.spec?.type ?? 'ClusterIP') !== 'ClusterIP')
        problems.push(`Service ${service.name} is not ClusterIP`);
      const port = kubernetesService.spec?.ports?.find((candidate) => candidate.port === service.port);
      if (!port) problems.push(`Service ${service.name} does not expose port ${service.port}`);
      else if (resolvePort(container, port.targetPort ?? port.port) !== service.port)
        problems.push(`Service ${service.name} does not target container port ${service.port}`);
      const labels = podLabels(deployment as Manifest);
      const selector = Object.entries(kubernetesService.spec?.selector ?? {});
      if (!selector.length || !selector.every(([key, value]) => labels[key] === value))
        problems.push(`Service ${service.name} does not select the Deployment's pods`);
      expectNoProblems(problems);
    });
  });

  describe.each(DOMAIN_SERVICES)('$name', (service) => {
    it('has a migration Job running migrate.js from the service image with MIGRATION_DATABASE_URL', () => {
      const jobs = deployed.filter(
        (manifest) =>
          manifest.kind === 'Job' &&
          containersOf(manifest).some((job) => job.command?.join(' ').includes(migrateScriptOf(service))),
      );
      if (jobs.length !== 1)
        return expectNoProblems([
          `${service.name} needs exactly one Job running ${migrateScriptOf(service)}, found ${jobs.length}`,
        ]);
      const job = containersOf(jobs[0]).find((candidate) =>
        candidate.command?.join(' ').includes(migrateScriptOf(service)),
      ) as Container;
      const { names, problems } = containerEnvironment(job, [...deployed, secretExample]);
      if (!names.has('MIGRATION_DATABASE_URL'))
        problems.push(`Job ${jobs[0].metadata.name} does not provide MIGRATION_DATABASE_URL`);
      if (job.image !== containerOf(find('Deployment', service.name))?.image)
        problems.push(`Job ${jobs[0].metadata.name} does not run the ${service.name} image`);
      expectNoProblems(problems);
    });
  });

  it('routes the gateway to every domain service at its catalog port', () => {
    const environment = new Map(
      (containerOf(find('Deployment', GATEWAY.name))?.env ?? []).map((variable) => [variable.name, variable.value]),
    );
    const wrong = DOMAIN_SERVICES.filter(
      (service) => environment.get(upstreamVariableOf(service)) !== `http://${service.name}:${service.port}`,
    );
    expectNoProblems(
      wrong.map(
        (service) => `gateway Deployment ${upstreamVariableOf(service)} is not http://${service.name}:${service.port}`,
      ),
    );
  });

  it('runs no sandbox clearinghouse: claims sends production files (ISA15 P) to the one its ConfigMap names', () => {
    const problems: string[] = [];
    if (find('Deployment', CLEARINGHOUSE.name)) problems.push(`deploy/k8s runs the sandbox ${CLEARINGHOUSE.name}`);
    const claims = containerOf(find('Deployment', 'claims'));
    const environment = claims ? literalEnvironment(claims, deployed) : {};
    if (environment.CLEARINGHOUSE_USAGE !== 'P')
      problems.push(`claims CLEARINGHOUSE_USAGE is ${environment.CLEARINGHOUSE_USAGE}, not P`);
    if (!environment.CLEARINGHOUSE_URL?.startsWith('https://'))
      problems.push(`claims CLEARINGHOUSE_URL ${environment.CLEARINGHOUSE_URL} is not the vendor's https:// address`);
    expectNoProblems(problems);
  });

  it('exposes only the gateway, on its catalog port, through an Ingress', () => {
    const ingresses = deployed.filter((manifest) => manifest.kind === 'Ingress');
    const backends = ingresses.flatMap((ingress) =>
      (ingress.spec?.rules ?? []).flatMap((rule) => rule.http?.paths ?? []).map((path) => path.backend.service),
    );
    const problems = backends
      .filter((backend) => backend.name !== GATEWAY.name || backend.port.number !== GATEWAY.port)
      .map(
        (backend) =>
          `an Ingress routes to ${backend.name}:${backend.port.number ?? backend.port.name}; only gateway:${GATEWAY.port} is public`,
      );
    if (!backends.length) problems.push('no Ingress routes to the gateway');
    expectNoProblems(problems);
  });
});
