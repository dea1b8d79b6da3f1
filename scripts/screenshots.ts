/**
 * `npm run screenshots` (after `npm run build`): the home, search, record and meetings pages at 1366 px and at 390 px
 * (a phone), as the manager, written to docs/screenshots/<page>-<width>.png for the README. Runs its own sandbox on
 * SCREENSHOTS_PORT (default 5450) over a throw-away database with the deterministic seed, so the pictures are the same
 * on every machine; Chromium from CHROMIUM_PATH (default /usr/bin/chromium).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startSandbox } from '../e2e/support/sandbox-process';

const root = join(import.meta.dirname, '..');
const outputDirectory = join(root, 'docs', 'screenshots');
const port = Number(process.env.SCREENSHOTS_PORT ?? 5450);
const BANK = 'gh.29.uk';
const WIDTHS = [
  { name: '1366', viewport: { width: 1366, height: 900 } },
  { name: '390', viewport: { width: 390, height: 844 } },
] as const;

async function main(): Promise<void> {
  mkdirSync(outputDirectory, { recursive: true });
  const sandbox = await startSandbox(port, { SEED_CUSTOMERS: '2000' });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const login = await fetch(`${sandbox.url}/my/logins/direct`, {
      method: 'POST',
      headers: { DirectLogin: 'username="manager", password="sandbox123!", consumer_key="customer-desk"' },
    });
    const { token } = (await login.json()) as { token: string };
    const eveline = (await (
      await fetch(`${sandbox.url}/obp/v5.1.0/banks/${BANK}/customers/customer-number`, {
        method: 'POST',
        headers: { DirectLogin: `token=${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ customer_number: '5987953' }),
      })
    ).json()) as { customer_id: string };

    const pages: Array<[string, string, (page: Page) => Promise<void>]> = [
      ['home', `/banks/${BANK}`, (page) => page.getByRole('region', { name: 'My customers' }).waitFor()],
      ['search', `/banks/${BANK}/customers?q=${encodeURIComponent('%444%')}`, (page) => page.locator('#search-results').waitFor()],
      ['record', `/banks/${BANK}/customers/${eveline.customer_id}/identity`, (page) => page.getByRole('heading', { name: 'Name and date of birth' }).waitFor()],
      ['meetings', `/banks/${BANK}/meetings`, (page) => page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor()],
    ];
    for (const { name: width, viewport } of WIDTHS) {
      const context = await browser.newContext({ viewport, locale: 'en-GB', timezoneId: 'Europe/London', reducedMotion: 'reduce' });
      await context.addInitScript((value) => window.sessionStorage.setItem('customer-desk.session', value), token);
      const page = await context.newPage();
      for (const [name, path, ready] of pages) {
        await page.goto(`${sandbox.url}${path}`);
        await ready(page);
        // No skeleton left: every list on the page has its data.
        await page.waitForFunction(() => document.querySelectorAll('.skeleton').length === 0);
        const file = join(outputDirectory, `${name}-${width}.png`);
        await page.screenshot({ path: file });
        console.log(`wrote ${file}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await sandbox.stop();
  }
}

await main();
