import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { BuiltSystem, SharedInfrastructure, startBuiltSystem, TEST_INFRASTRUCTURE_VARIABLE } from '@praxis/testing';
import { ensureChromiumInstalled, warnOnChromiumDrift } from './chromium';
import { checkConsoleApiTypesFresh } from './console-api';

/** Journeys reach the system through the gateway, and set the sandbox clearinghouse's rules at its own address. */
const runPlaywright = (root: string, system: BuiltSystem, args: string[]): Promise<number> =>
  new Promise((resolve) => {
    const playwright = spawn(
      process.execPath,
      [
        join(root, 'node_modules', '@playwright', 'test', 'cli.js'),
        'test',
        '-c',
        join('apps', 'console', 'playwright.config.ts'),
        ...args,
      ],
      {
        cwd: root,
        stdio: 'inherit',
        env: {
          ...process.env,
          PRAXIS_GATEWAY_URL: system.gateway.url,
          PRAXIS_CLEARINGHOUSE_URL: system.clearinghouse.url,
        },
      },
    );
    playwright.once('exit', (code) => resolve(code ?? 1));
  });

/** A built system of its own that `work` reaches through the gateway, which also serves the built console. */
export const withBuiltSystem = async <T>(
  shared: SharedInfrastructure,
  work: (gatewayUrl: string, system: BuiltSystem) => Promise<T>,
): Promise<T> => {
  process.env[TEST_INFRASTRUCTURE_VARIABLE] = JSON.stringify(shared);
  // Every journey signs in from the same address, in parallel: the per-address budget for anonymous calls would stop them.
  const system = await startBuiltSystem({ RATE_LIMIT_ANONYMOUS_PER_MINUTE: '6000' });
  try {
    return await work(system.gateway.url, system);
  } finally {
    await system.stop();
  }
};

/** The console's journeys in real Chromium against gateway, identity and scheduling started as built processes. */
export const runBrowserJourneys = async (
  root: string,
  shared: SharedInfrastructure,
  playwrightArgs: string[] = [],
): Promise<number> => {
  ensureChromiumInstalled();
  warnOnChromiumDrift(root);
  return withBuiltSystem(shared, async (gatewayUrl, system) => {
    await checkConsoleApiTypesFresh(root, gatewayUrl);
    return runPlaywright(root, system, playwrightArgs);
  });
};
