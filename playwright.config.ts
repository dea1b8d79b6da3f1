import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/browser';
import { MAIN_SANDBOX } from './e2e/support/sandboxes';

const baseURL = `http://127.0.0.1:${MAIN_SANDBOX.port}`;

/**
 * The e2e suite drives the built console in Debian's Chromium against the real sandbox (no mocked network):
 * a fresh in-memory database, seeded the same way every run. Global setup starts it (the compiled server, `npm run
 * build` writes it), beside the second servers some specs need (`e2e/support/sandboxes.ts`): Playwright's `webServer`
 * would start them one after another.
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Two workers on the two cores: with three, the same 24 tests took as long (157 s against 147–154 s wall, load
  // average 12–16); the machine is the limit, not waiting. E2E_WORKERS overrides it for a measurement.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // Limits for a test that hangs, chosen from measured durations: the slowest test took 21.6 s (median 10.2 s) with
  // six other agents' builds and tests running beside it at low priority; a test gets about three times that.
  // An expectation gets 20 s: with two whole suites at once on the two cores, the CRM events page (every event of
  // the bank in one answer) was still loading after 10 s.
  timeout: 60_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    // Recording a trace costs every test, passed or not: the same 24 tests summed 362 s with traces recorded and
    // 247 s without (2 workers, load average 12–16). CI records none and keeps a screenshot of a failure (the list
    // reporter prints the failed step and its call log); run a failing test again locally, where each test records
    // its trace and keeps it when it fails.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    screenshot: process.env.CI ? 'only-on-failure' : 'off',
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  globalSetup: './e2e/global-setup.ts',
});
