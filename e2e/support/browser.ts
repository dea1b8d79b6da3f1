import type { LaunchOptions } from '@playwright/test';

/** Chromium's flags for every test: no name resolution beyond this machine, no background traffic. */
const BASE_ARGS = ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1', '--disable-background-networking', '--disable-component-update'];

/**
 * How the suite launches Debian's Chromium. `--process-per-site`: a new page on the sandbox's site joins the renderer
 * process that the worker's context keeps open for it (`shared-context.ts`, `openAnchor`) rather than starting a
 * process of its own, whose V8 would compile the console's scripts and axe-core again (the flag alone changed nothing:
 * each test's process ended with its page). `ownProcessPerTab: true` leaves it out, for a spec whose tabs must run
 * side by side as separate processes (`multi-tab.spec.ts`: a new tab's 250 ms wait for an open tab's answer).
 */
export function chromiumLaunchOptions({ ownProcessPerTab = false } = {}): LaunchOptions {
  return {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ownProcessPerTab ? BASE_ARGS : [...BASE_ARGS, '--process-per-site'],
  };
}
