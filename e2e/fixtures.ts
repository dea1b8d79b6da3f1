import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type APIRequestContext, type Page, type Route } from '@playwright/test';
import { combinedContextOptions, ContextPool, newTestPage } from './support/shared-context';

export const SANDBOX_PASSWORD = 'sandbox123!';
export type StaffUser = 'admin' | 'manager' | 'kyc' | 'teller';
export const BANK = 'gh.29.uk';
export const OTHER_BANK = 'GENODEM1GLS';
/** The seeds' example customer, always at gh.29.uk. */
export const EVELINE = { name: 'Eveline Tripman', number: '5987953', mobile: '+44 07972 444 876', email: 'eveline@example.com' };

const SESSION_KEY = 'customer-desk.session';

type Fixtures = {
  /** Signs in through OBP DirectLogin (the same call the sign-in page makes) and hands the tab the token. */
  signInAs: (user: StaffUser) => Promise<string>;
  /** Runs axe-core (WCAG 2.1 AA) on the page and fails on any violation. */
  expectAccessible: (page?: Page) => Promise<void>;
};

export async function directLoginToken(request: APIRequestContext, user: StaffUser): Promise<string> {
  const response = await request.post('/my/logins/direct', {
    headers: { DirectLogin: `username="${user}", password="${SANDBOX_PASSWORD}", consumer_key="customer-desk"` },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

type WorkerFixtures = {
  /** The worker's browser contexts: one kept from test to test (`support/shared-context.ts`). */
  contextPool: ContextPool;
};

export const test = base.extend<Fixtures, WorkerFixtures>({
  contextPool: [
    async ({ browser }, use) => {
      const pool = new ContextPool(browser);
      await use(pool);
      await pool.close();
    },
    { scope: 'worker' },
  ],
  // The worker's kept context instead of a new one per test; the test's own pages are closed after it.
  context: async (
    { contextPool, actionTimeout, navigationTimeout, contextOptions, acceptDownloads, bypassCSP, colorScheme, contrast, deviceScaleFactor,
      extraHTTPHeaders, forcedColors, geolocation, hasTouch, httpCredentials, ignoreHTTPSErrors, isMobile, javaScriptEnabled, locale,
      offline, permissions, proxy, reducedMotion, screen, storageState, timezoneId, userAgent, baseURL, serviceWorkers },
    use,
    testInfo,
  ) => {
    const options = combinedContextOptions({
      contextOptions, acceptDownloads, bypassCSP, colorScheme, contrast, deviceScaleFactor, extraHTTPHeaders, forcedColors, geolocation,
      hasTouch, httpCredentials, ignoreHTTPSErrors, isMobile, javaScriptEnabled, locale, offline, permissions, proxy, reducedMotion,
      screen, storageState, timezoneId, userAgent, baseURL, serviceWorkers,
    });
    const { context, release } = await contextPool.acquire({ ...options, viewport: testInfo.project.use.viewport });
    context.setDefaultTimeout(actionTimeout || 0);
    context.setDefaultNavigationTimeout(navigationTimeout || 0);
    await use(context);
    await release(testInfo.status !== testInfo.expectedStatus);
  },
  page: async ({ context, viewport }, use, testInfo) => {
    await use(await newTestPage(context, viewport, testInfo.project.use.viewport));
  },
  signInAs: async ({ page, request }, use) => {
    await use(async (user) => {
      const token = await directLoginToken(request, user);
      await page.addInitScript(([key, value]) => window.sessionStorage.setItem(key, value), [SESSION_KEY, token] as const);
      return token;
    });
  },
  expectAccessible: async ({ page }, use) => {
    await use(async (target = page) => {
      await loadAxe(target);
      const results = await new AxeBuilder({ page: target, axeSource: AXE_ALREADY_LOADED })
        .setLegacyMode(true)
        // Every rule still runs on every node; only the passes and incomplete results are not gathered node by node
        // (axe then builds no selector for each passing node): the violations are the same, the scan shorter. Set
        // before the tags: `options` replaces the whole options object, the tags' rule selection with it.
        .options({ resultTypes: ['violations'] })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const summary = results.violations.map((violation) => ({
        id: violation.id,
        help: violation.help,
        nodes: violation.nodes.map((node) => node.target.join(' ')),
      }));
      expect(summary).toEqual([]);
    });
  },
});

/*
 * axe-core as a script the page loads from its own origin (so the console's `script-src 'self'` admits it), instead of
 * the 570 kB source that @axe-core/playwright evaluates through the protocol on every scan: measured on two shared
 * cores, 0.45 s against 1.5 s a scan. Legacy mode runs axe in the page itself (the console has no frames) instead of
 * injecting it a second time into a new blank page to merge partial results. The route serving it is removed once the
 * script has loaded: while a page has a route, Chromium fetches everything it loads without its HTTP cache.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_PATH = '/__e2e__/axe-core.js';
const AXE_ALREADY_LOADED = 'void 0';

async function loadAxe(target: Page): Promise<void> {
  if (await target.evaluate(() => 'axe' in window)) return;
  const url = new URL(AXE_PATH, target.url()).href;
  const serve = (route: Route) => route.fulfill({ contentType: 'text/javascript', body: AXE_SOURCE });
  await target.route(url, serve);
  try {
    await target.addScriptTag({ url });
  } finally {
    await target.unroute(url, serve);
  }
}

export { expect };

export const customerSearchUrl = (bankId = BANK, query = '') => `/banks/${encodeURIComponent(bankId)}/customers${query}`;

export type ObpApi = {
  get: (path: string) => Promise<{ status: number; body: unknown }>;
  post: (path: string, data?: unknown) => Promise<{ status: number; body: unknown }>;
  put: (path: string, data?: unknown) => Promise<{ status: number; body: unknown }>;
  delete: (path: string) => Promise<{ status: number; body: unknown }>;
};

/** Calls the sandbox's OBP API as a staff user (paths below `/obp/v5.1.0`), to make a test's own data. */
export async function obpApi(request: APIRequestContext, user: StaffUser): Promise<ObpApi> {
  const token = await directLoginToken(request, user);
  const headers = { DirectLogin: `token=${token}` };
  const call = async (method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, data?: unknown) => {
    const response = await request.fetch(`/obp/v5.1.0${path}`, { method, headers, data: data === undefined ? undefined : data });
    const text = await response.text();
    return { status: response.status(), body: text ? (JSON.parse(text) as unknown) : undefined };
  };
  return {
    get: (path) => call('GET', path),
    post: (path, data) => call('POST', path, data),
    put: (path, data) => call('PUT', path, data),
    delete: (path) => call('DELETE', path),
  };
}

export type CreatedCustomer = { customer_id: string; customer_number: string; legal_name: string; mobile_phone_number: string; email: string };

let customerSequence = 0;

/** A fresh customer at gh.29.uk that no other test touches: unique name, number and mobile. */
export async function createTestCustomer(
  request: APIRequestContext,
  overrides: Record<string, unknown> = {},
): Promise<CreatedCustomer> {
  const api = await obpApi(request, 'admin');
  customerSequence += 1;
  const unique = `${Date.now().toString(36)}${process.pid.toString(36)}${customerSequence}`;
  const response = await api.post(`/banks/${BANK}/customers`, {
    legal_name: `Test Customer ${unique}`,
    mobile_phone_number: `+44 7700 ${unique}`,
    customer_number: `T${unique}`,
    email: `test.${unique}@example.com`,
    ...overrides,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as CreatedCustomer;
}

export const recordUrl = (customerId: string, tab = 'identity', bankId = BANK) =>
  `/banks/${encodeURIComponent(bankId)}/customers/${encodeURIComponent(customerId)}/${tab}`;
