import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { SERVICE_NODE_OPTIONS } from '@praxis/platform';
import { builtFile, endProcess, WORKSPACE } from './built-processes';
import { freePortNumber } from './ports';
import {
  serviceTestEnvironment,
  sharedInfrastructure,
  TEST_ACCESS_SECRET,
  TEST_INTERNAL_SECRET,
} from './infrastructure';

export interface BuiltService {
  url: string;
  /** The internal port Prometheus would scrape. */
  metricsUrl: string;
  /** The service's process id, for benchmarks that read its memory from /proc; a new one after each restart. */
  readonly pid: number | undefined;
  stop(): Promise<void>;
  /** Kills the process as a crash would (SIGKILL): no shutdown hooks run, nothing in flight is finished. */
  crash(): Promise<void>;
  /** Starts the service again, after a crash or a stop, on the same ports with the same environment. */
  restart(): Promise<void>;
}

export const UNREACHABLE_URL = 'http://127.0.0.1:9';

/** Set, each built service writes a V8 CPU profile there when it is stopped: where a benchmark's time goes. */
const CPU_PROFILE_DIR_VARIABLE = 'SERVICE_CPU_PROFILE_DIR';

const profilingOptions = (): string[] =>
  process.env[CPU_PROFILE_DIR_VARIABLE] ? ['--require', join(WORKSPACE, 'tools', 'bench', 'cpu-profile.cjs')] : [];

/** Generous, as seven services starting at once on two busy cores can take well over half a minute; a crash still fails at once. */
const healthy = async (url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`service exited with ${child.exitCode} before it was healthy`);
    const ok = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} was not healthy within ${timeoutMs}ms`);
};

/** Runs a service from the build `npm test` made, as production runs it: its own process, configured by environment. */
export const startBuiltService = async (name: string, environment: Record<string, string>): Promise<BuiltService> => {
  const port = await freePortNumber();
  const metricsPort = await freePortNumber();
  const main = builtFile('apps', name, 'src', 'main.js');
  const env = {
    ...process.env,
    LOG_LEVEL: 'silent',
    ...environment,
    PORT: String(port),
    METRICS_PORT: String(metricsPort),
  };
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess;
  const start = async () => {
    child = spawn(process.execPath, [...SERVICE_NODE_OPTIONS, ...profilingOptions(), main], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    try {
      await healthy(url, child);
    } catch (error) {
      await endProcess(child, 'SIGTERM');
      throw error;
    }
  };
  await start();
  const stop = () => endProcess(child, 'SIGTERM');
  return {
    url,
    metricsUrl: `http://127.0.0.1:${metricsPort}`,
    get pid() {
      return child.pid;
    },
    stop,
    crash: () => endProcess(child, 'SIGKILL'),
    restart: async () => {
      await stop();
      await start();
    },
  };
};

export const startBuiltIdentity = (): Promise<BuiltService> =>
  startBuiltService('identity', { ...serviceTestEnvironment('identity'), ACCESS_TOKEN_SECRET: TEST_ACCESS_SECRET });

export const startBuiltScheduling = (overrides: Record<string, string> = {}): Promise<BuiltService> =>
  startBuiltService('scheduling', { ...serviceTestEnvironment('scheduling'), ...overrides });

export const startBuiltTraining = (overrides: Record<string, string> = {}): Promise<BuiltService> =>
  startBuiltService('training', { ...serviceTestEnvironment('training'), ...overrides });

export const startBuiltBilling = (overrides: Record<string, string> = {}): Promise<BuiltService> =>
  startBuiltService('billing', { ...serviceTestEnvironment('billing'), ...overrides });

export const startBuiltClaims = (overrides: Record<string, string> = {}): Promise<BuiltService> =>
  startBuiltService('claims', { ...serviceTestEnvironment('claims'), ...overrides });

/** The sandbox clearinghouse with its payers' starting rules (CLEARINGHOUSE_* variables), for claims to submit to. */
export const startBuiltClearinghouse = (rules: Record<string, string> = {}): Promise<BuiltService> =>
  startBuiltService('clearinghouse', rules);

export const startBuiltGateway = (
  upstreams: Partial<Record<'identity' | 'scheduling' | 'billing' | 'claims' | 'training', string>>,
  overrides: Record<string, string> = {},
) =>
  startBuiltService('gateway', {
    REDIS_URL: sharedInfrastructure().redisUrl,
    KAFKA_BROKERS: sharedInfrastructure().kafkaBrokers.join(','),
    // Each test gateway keeps its own revocation list (its own namespace), so it must hear every staff event itself.
    KAFKA_CONSUMER_GROUP: `test-gateway-${randomUUID()}`,
    INTERNAL_TOKEN_SECRET: TEST_INTERNAL_SECRET,
    ACCESS_TOKEN_SECRET: TEST_ACCESS_SECRET,
    IDENTITY_URL: upstreams.identity ?? UNREACHABLE_URL,
    SCHEDULING_URL: upstreams.scheduling ?? UNREACHABLE_URL,
    BILLING_URL: upstreams.billing ?? UNREACHABLE_URL,
    CLAIMS_URL: upstreams.claims ?? UNREACHABLE_URL,
    TRAINING_URL: upstreams.training ?? UNREACHABLE_URL,
    RATE_LIMIT_NAMESPACE: `test-${randomUUID()}`,
    ...overrides,
  });

export interface BuiltSystem {
  identity: BuiltService;
  scheduling: BuiltService;
  billing: BuiltService;
  claims: BuiltService;
  /** The sandbox claims submits to; its payers' rules are set at its /admin/rules. */
  clearinghouse: BuiltService;
  training: BuiltService;
  gateway: BuiltService;
  stop(): Promise<void>;
}

/** Claims sending to the sandbox, reading its mailbox often, on job queues of its own (no other file's worker). */
const startBuiltClaimsWith = (clearinghouse: BuiltService): Promise<BuiltService> =>
  startBuiltClaims({
    CLEARINGHOUSE_URL: clearinghouse.url,
    CLEARINGHOUSE_POLL_MS: '500',
    JOBS_PREFIX: `test-claims-${randomUUID()}`,
  });

/**
 * Identity, scheduling, billing, claims (with the sandbox clearinghouse), training and a gateway in front of them:
 * what a journey through the public door needs.
 */
export const startBuiltSystem = async (gatewayOverrides: Record<string, string> = {}): Promise<BuiltSystem> => {
  const clearinghouse = await startBuiltClearinghouse();
  const [identity, scheduling, billing, claims, training] = await Promise.all([
    startBuiltIdentity(),
    startBuiltScheduling(),
    startBuiltBilling(),
    startBuiltClaimsWith(clearinghouse),
    startBuiltTraining(),
  ]);
  const gateway = await startBuiltGateway(
    {
      identity: identity.url,
      scheduling: scheduling.url,
      billing: billing.url,
      claims: claims.url,
      training: training.url,
    },
    gatewayOverrides,
  );
  return {
    identity,
    scheduling,
    billing,
    claims,
    clearinghouse,
    training,
    gateway,
    stop: async () => {
      await gateway.stop();
      await Promise.all([training.stop(), claims.stop(), billing.stop(), scheduling.stop(), identity.stop()]);
      await clearinghouse.stop();
    },
  };
};
