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
  runOrFail('apt-get', ['install', '-y', '-qq', 'chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
};
