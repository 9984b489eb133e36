import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { TEST_INFRASTRUCTURE_VARIABLE } from '@praxis/testing';
import { runBrowserJourneys } from './browser-journeys';
import { buildConsole, typeCheckConsole } from './console-build';
import { withEphemeralInfrastructure } from './ephemeral-infrastructure';
import { runOrFail } from './processes';

const bin = (root: string, ...path: string[]) => join(root, 'node_modules', ...path);

const runJest = (root: string, args: string[], environment: NodeJS.ProcessEnv): Promise<number> =>
  new Promise((resolve) => {
    const jest = spawn(process.execPath, [bin(root, 'jest', 'bin', 'jest.js'), '--maxWorkers=2', ...args], {
      cwd: root,
      stdio: 'inherit',
      env: environment,
    });
    jest.once('exit', (code) => resolve(code ?? 1));
  });

/** Type errors, floating promises and imports across app boundaries fail the run before any test starts. */
const runStaticGates = (root: string): void => {
  console.log('[test] type-checking the whole workspace...');
  runOrFail(process.execPath, [bin(root, 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json', '--noEmit'], {
    cwd: root,
  });
  console.log('[test] type-checking the web console against its generated API client...');
  typeCheckConsole(root);
  console.log('[test] checking that the OpenAPI metadata matches the DTOs and controllers...');
  runOrFail(process.execPath, [join(root, 'dist', 'tools', 'openapi-metadata', 'src', 'main.js'), '--check'], {
    cwd: root,
  });
  console.log('[test] checking formatting (prettier; `npm run format` fixes it)...');
  runOrFail(
    process.execPath,
    [bin(root, 'prettier', 'bin', 'prettier.cjs'), '--check', '--log-level=warn', '**/*.{ts,tsx,js,mjs,cjs,json}'],
    { cwd: root },
  );
  console.log('[test] linting (type-aware rules and Nx module boundaries)...');
  // The boundary rule reads Nx's project graph, which `nx show projects` computes and caches.
  runOrFail(process.execPath, [bin(root, 'nx', 'dist', 'bin', 'nx.js'), 'show', 'projects'], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  runOrFail(process.execPath, [bin(root, 'eslint', 'bin', 'eslint.js'), '.', '--max-warnings=0'], { cwd: root });
};

/**
 * `npm test`: static gates first, then every jest suite against real PostgreSQL, Redis and the Kafka-protocol broker, then
 * the web console's journeys in Chromium against the running system on the same infrastructure. Jest arguments run only jest.
 */
export const main = async (root: string): Promise<void> => {
  const jestArgs = process.argv.slice(2);
  const everything = jestArgs.length === 0;
  if (everything) {
    runStaticGates(root);
    console.log('[test] building the web console...');
    buildConsole(root);
  }
  const environment = {
    ...process.env,
    DATABASE_URL: process.env.TEST_DATABASE_URL,
    REDIS_URL: process.env.TEST_REDIS_URL,
    KAFKA_BROKERS: process.env.TEST_KAFKA_BROKERS,
  };
  const exitCode = await withEphemeralInfrastructure(root, { checkDrift: true, environment }, async (shared) => {
    const jestExit = await runJest(root, jestArgs, {
      ...process.env,
      NODE_ENV: 'test',
      [TEST_INFRASTRUCTURE_VARIABLE]: JSON.stringify(shared),
    });
    if (jestExit !== 0 || !everything) return jestExit;
    console.log('[test] browser journeys of the web console (Chromium)...');
    return runBrowserJourneys(root, shared);
  });
  process.exit(exitCode);
};
