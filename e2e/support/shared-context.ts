import type { Browser, BrowserContext, Clock, BrowserContextOptions, Page, PlaywrightTestOptions, ViewportSize } from '@playwright/test';

/*
 * One browser context per worker, kept between tests, so that the console's hashed scripts (`immutable`) stay in its
 * HTTP cache and their compiled code in V8's cache: a new context per test fetched and compiled them again in every
 * test. Playwright's own `reuseContext` option clears the cache between tests, which is the part worth keeping.
 *
 * What a test sees is still its own: a new page (so a new tab: its own sessionStorage, where the console keeps the
 * session, and its own init scripts, routes and BroadcastChannel), and when the test ends every page of the context is
 * closed (but the anchor, `openAnchor`, which keeps the site's renderer process) and its cookies, permissions and
 * context-level routes cleared. State that cannot be cleared from the outside
 * makes the context "used up": it is closed after the test and the next test gets a new one (as after a failed test).
 * That is the case when a test touched the context's clock (`page.clock` is the context's), added an init script,
 * binding, permission, geolocation, offline mode or extra headers to the context, or left data in localStorage or
 * IndexedDB (the console keeps none). A test whose context options differ from the project's (`test.use({ locale })`) gets a context of its
 * own, closed after it; a different viewport alone is set on the test's page instead.
 */

/** The context options a test can set with `test.use`, apart from the viewport (set per page). */
const CONTEXT_OPTION_NAMES = [
  'acceptDownloads', 'bypassCSP', 'colorScheme', 'contrast', 'deviceScaleFactor', 'extraHTTPHeaders', 'forcedColors',
  'geolocation', 'hasTouch', 'httpCredentials', 'ignoreHTTPSErrors', 'isMobile', 'javaScriptEnabled', 'locale',
  'offline', 'permissions', 'proxy', 'reducedMotion', 'screen', 'storageState', 'timezoneId', 'userAgent', 'baseURL',
  'serviceWorkers',
] as const satisfies ReadonlyArray<keyof PlaywrightTestOptions>;

export type ContextOptionName = (typeof CONTEXT_OPTION_NAMES)[number];
export type TestContextOptions = Pick<PlaywrightTestOptions, ContextOptionName | 'contextOptions'>;

/** The options a context is made with, as Playwright's own `context` fixture combines them. */
export function combinedContextOptions(options: TestContextOptions): BrowserContextOptions {
  const combined: Record<string, unknown> = { ...options.contextOptions };
  for (const name of CONTEXT_OPTION_NAMES) if (options[name] !== undefined) combined[name] = options[name];
  return combined as BrowserContextOptions;
}

/** Context methods whose effect outlives the test's pages and cannot be undone from the outside. */
const LASTING_CONTEXT_CALLS = [
  'addInitScript', 'exposeBinding', 'exposeFunction', 'grantPermissions', 'setGeolocation', 'setOffline',
  'setExtraHTTPHeaders', 'setHTTPCredentials', 'addCookies',
] as const;

const CLOCK_CALLS = ['install', 'fastForward', 'pauseAt', 'resume', 'runFor', 'setFixedTime', 'setSystemTime'] as const satisfies ReadonlyArray<keyof Clock>;

type Shared = { context: BrowserContext; key: string; usedUp: boolean; anchor: Page | undefined };

/** The worker's contexts: one kept between tests, made again when a test used it up. */
export class ContextPool {
  private shared: Shared | undefined;

  constructor(private readonly browser: Browser) {}

  /**
   * The context for a test: the kept one when the test's options are the ones it was made with, else a new one for
   * that test alone. Call `release` when the test has ended, saying whether it failed: a failed test's context is not
   * kept, so that whatever it left behind cannot fail the next test.
   */
  async acquire(options: BrowserContextOptions): Promise<{ context: BrowserContext; release: (failed: boolean) => Promise<void> }> {
    const key = JSON.stringify(options);
    if (this.shared && this.shared.key !== key) {
      const context = await this.browser.newContext(options);
      return { context, release: () => context.close() };
    }
    if (!this.shared) {
      this.shared = this.makeShared(await this.browser.newContext(options), key);
      if (options.baseURL) this.shared.anchor = await openAnchor(this.shared.context, options.baseURL);
    }
    const shared = this.shared;
    return {
      context: shared.context,
      release: (failed) => {
        if (failed) shared.usedUp = true;
        return this.release(shared);
      },
    };
  }

  async close(): Promise<void> {
    await this.shared?.context.close();
    this.shared = undefined;
  }

  private makeShared(context: BrowserContext, key: string): Shared {
    const shared: Shared = { context, key, usedUp: false, anchor: undefined };
    for (const name of LASTING_CONTEXT_CALLS) {
      const original = (context[name] as (...args: unknown[]) => Promise<unknown>).bind(context);
      Object.defineProperty(context, name, {
        value: (...args: unknown[]) => {
          shared.usedUp = true;
          return original(...args);
        },
      });
    }
    // `page.clock` is the context's clock (the same object): once installed it stays on every later page.
    const clock = context.clock;
    for (const name of CLOCK_CALLS) {
      const original = clock[name].bind(clock) as (...args: unknown[]) => Promise<void>;
      Object.defineProperty(clock, name, {
        value: (...args: unknown[]) => {
          shared.usedUp = true;
          return original(...args);
        },
      });
    }
    return shared;
  }

  private async release(shared: Shared): Promise<void> {
    const pages = shared.context.pages().filter((page) => page !== shared.anchor);
    if (!shared.usedUp && (await Promise.all(pages.map(leftStoredData))).some(Boolean)) shared.usedUp = true;
    if (shared.usedUp) {
      if (this.shared === shared) this.shared = undefined;
      await shared.context.close();
      return;
    }
    await Promise.all(pages.map((page) => page.close()));
    await shared.context.unrouteAll({ behavior: 'ignoreErrors' });
    await shared.context.clearCookies();
    await shared.context.clearPermissions();
  }
}

/**
 * A page kept open on the sandbox's origin for as long as the context lives, so that its renderer process lives too:
 * with `--process-per-site` (playwright.config.ts) every test's page on that site then runs in this one process
 * instead of a new one per test, and the process's V8 keeps what it compiled and optimised — the console's scripts,
 * axe-core — from test to test. Each page still has its own document, globals, sessionStorage and init scripts.
 * Measured on the same 31 tests back to back (load 9–11): renderer CPU 142 s → 67 s, wall 179 s → 127 s.
 */
async function openAnchor(context: BrowserContext, baseURL: string): Promise<Page> {
  const anchor = await context.newPage();
  await anchor.goto(new URL('/config.json', baseURL).href);
  return anchor;
}

/** Whether the page's origin holds data beyond its tab: localStorage or an IndexedDB database. */
async function leftStoredData(page: Page): Promise<boolean> {
  if (page.isClosed() || !page.url().startsWith('http')) return false;
  const stored = page.evaluate(async () => window.localStorage.length > 0 || (await window.indexedDB.databases()).length > 0);
  let timer: NodeJS.Timeout | undefined;
  const unanswered = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), 2_000)));
  try {
    return await Promise.race([stored, unanswered]);
  } catch {
    // The page is navigating or gone: nothing can be said about its storage, so the context is not kept.
    return true;
  } finally {
    clearTimeout(timer);
  }
}

/** A page for the test in `context`, in the test's viewport when it is not the context's. */
export async function newTestPage(context: BrowserContext, viewport: ViewportSize | null, contextViewport: ViewportSize | null | undefined): Promise<Page> {
  const page = await context.newPage();
  if (viewport && (viewport.width !== contextViewport?.width || viewport.height !== contextViewport.height)) await page.setViewportSize(viewport);
  return page;
}
