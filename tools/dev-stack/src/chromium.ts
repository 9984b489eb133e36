import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandExists, isRoot, runOrFail } from './processes';

/** Debian's Chromium: Playwright's own browser download cannot reach its servers, and @playwright/test is pinned to this release. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const ensureChromiumInstalled = (): void => {
  if (commandExists('chromium')) return;
  if (!isRoot()) {
    throw new Error('chromium is not installed: install the Debian package "chromium" for the browser journeys.');
  }
  console.log('[dev-stack] installing chromium with apt-get...');
  runOrFail('apt-get', ['update', '-qq']);
  runOrFail('apt-get', ['install', '-y', '-qq', 'chromium'], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
};

const majorOf = (version: string): string | undefined => /(\d+)\.\d+\.\d+/.exec(version)?.[1];

/** Debian moves its Chromium on with security updates; a new major may need the matching @playwright/test release. */
export const warnOnChromiumDrift = (root: string): void => {
  const installed = majorOf(spawnSync('chromium', ['--version'], { encoding: 'utf8' }).stdout ?? '');
  const browsers = JSON.parse(readFileSync(join(root, 'node_modules', 'playwright-core', 'browsers.json'), 'utf8')) as {
    browsers: Array<{ name: string; browserVersion?: string }>;
  };
  const expected = majorOf(browsers.browsers.find((browser) => browser.name === 'chromium')?.browserVersion ?? '');
  if (installed && expected && installed !== expected) {
    console.warn(
      `[dev-stack] Chromium ${installed} is installed, @playwright/test was built for ${expected}: pin the Playwright release made for ${installed}.`,
    );
  }
};
