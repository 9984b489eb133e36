import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium (pinned to @playwright/test's release), against the running system whose gateway serves the console. */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const chromium = { executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS };

export default defineConfig({
  testDir: './journeys',
  testMatch: '**/*.pw.ts',
  outputDir: './test-artifacts/results',
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  // Each journey first sets up its own clinic, waiting for scheduling to hear of it over Kafka.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: process.env.PRAXIS_GATEWAY_URL,
    // The location is in Chicago; the browser is not, so a time shown on the browser's clock would be caught.
    timezoneId: 'Asia/Tokyo',
    locale: 'en-US',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: chromium,
  },
  projects: [
    {
      name: 'laptop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 768 }, launchOptions: chromium },
    },
    {
      name: 'tablet',
      use: { ...devices['Galaxy Tab S4'], viewport: { width: 1024, height: 768 }, launchOptions: chromium },
    },
  ],
});
