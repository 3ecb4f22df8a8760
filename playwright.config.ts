import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3210);
const debianChromium = '/usr/bin/chromium';

// Playwright cannot download its own browser on machines without internet;
// Debian's Chromium works the same, so use it when it is there.
const launchOptions = fs.existsSync(debianChromium)
  ? {
      executablePath: debianChromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    }
  : {};

export default defineConfig({
  testDir: './e2e',
  // One worker: the tests share one seeded database, and several assert exact
  // counts that a parallel submission would disturb.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    launchOptions,
  },
  projects: [
    // Runs first, on untouched demo data: the published figures.
    { name: 'published', testMatch: /published\.spec\.ts/, use: { ...devices['Desktop Chrome'], launchOptions } },
    {
      name: 'chromium',
      testIgnore: /published\.spec\.ts/,
      dependencies: ['published'],
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
  ],
  webServer: {
    command: 'bash scripts/e2e-server.sh',
    url: `http://127.0.0.1:${port}/`,
    timeout: 400_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: { E2E_PORT: String(port) },
  },
});
