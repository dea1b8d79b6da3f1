/**
 * `npm run bench:cold` (builds first): a cold load of a record tab, `/banks/gh.29.uk/customers/<Eveline Tripman>/kyc`,
 * in Chromium against the compiled sandbox serving the built, compressed console (`build/sandbox.js`).
 *
 * The session: the console keeps its DirectLogin token in memory and in the tab's `sessionStorage` (never
 * `localStorage`), so a signed-in user who reloads the tab or opens a link in it starts the console from nothing but
 * that token. The script does exactly that: it signs in through the sign-in page as the KYC officer (`kyc`, who holds
 * the roles the tab reads with), then, in the same tab, empties Chromium's HTTP cache (CDP
 * `Network.clearBrowserCache`, and the cache stays disabled) and navigates to the tab's URL with `page.goto` — a new
 * document: every chunk, stylesheet, locale file, `config.json` and API answer is fetched again; only the token in
 * `sessionStorage` carries over. Each run is a fresh browser context.
 *
 * Printed per run, in milliseconds after the navigation started (Resource Timing, `startTime` / `responseEnd` of the
 * page's own fetches): when the first API request left, and when the tab's data had arrived — the last of the
 * requests the tab reads (the customer, the user's roles, and the KYC statuses, checks, documents and media), read
 * once the tab shows them. Beside them, when the entry script had arrived (the floor set by the HTML and the main
 * chunk). Budget (issue 12): first API request ≤ 300 ms, data ≤ 600 ms — judged on the median of the runs.
 *
 * Options: `--port N` (default 5203), `--runs N` (default 7), `--cpu-throttle X` (CDP CPU slow-down, default 1),
 * `--waterfall` (also print the last run's every fetch: when it left and arrived, to see what waits on what).
 */
import { parseArgs } from 'node:util';
import { cpus, loadavg } from 'node:os';
import { chromium, type Page } from '@playwright/test';
import { startSandbox } from '../e2e/support/sandbox-process';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5203' },
    runs: { type: 'string', default: '7' },
    'cpu-throttle': { type: 'string', default: '1' },
    waterfall: { type: 'boolean', default: false },
  },
});
const BANK = 'gh.29.uk';
const FIRST_REQUEST_BUDGET_MS = 300;
const DATA_BUDGET_MS = 600;
const runs = Number(values.runs);
const print = (line = '') => process.stdout.write(`${line}\n`);

/** The tab's reads: the record's customer, the user's roles and the four KYC lists. */
const TAB_READS = [/\/users\/current$/, /\/banks\/[^/]+\/customers\/[^/]+$/, /\/kyc_statuses$/, /\/kyc_checks$/, /\/kyc_documents$/, /\/kyc_media$/];

type Timing = { name: string; initiatorType: string; startTime: number; responseEnd: number };
type Run = { firstApi: number; dataArrived: number; entryScript: number; apiRequests: number; missing: string[]; entries: Timing[] };

async function coldLoad(page: Page, url: string): Promise<Run> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.clearBrowserCache');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const throttle = Number(values['cpu-throttle']);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(url);
  // The tab's own signals: its heading, and each KYC section past its loading state.
  await page.getByRole('heading', { level: 2, name: 'KYC' }).waitFor();
  await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Eveline Tripman' }).waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.kyc-tab [aria-busy="true"], .kyc-tab .loading').length === 0);
  const entries = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => {
      const resource = entry as PerformanceResourceTiming;
      return { name: resource.name, initiatorType: resource.initiatorType, startTime: resource.startTime, responseEnd: resource.responseEnd };
    }),
  );
  await cdp.detach();
  const api = (entries as Timing[]).filter((entry) => new URL(entry.name).pathname.startsWith('/obp/'));
  const reads = TAB_READS.map((pattern) => api.find((entry) => pattern.test(new URL(entry.name).pathname)));
  const entry = (entries as Timing[]).find((timing) => /\/assets\/index-[^/]+\.js$/.test(new URL(timing.name).pathname));
  return {
    firstApi: Math.min(...api.map((timing) => timing.startTime)),
    dataArrived: Math.max(...reads.filter((read) => read !== undefined).map((read) => read.responseEnd)),
    entryScript: entry?.responseEnd ?? Number.NaN,
    apiRequests: api.length,
    missing: TAB_READS.filter((_, index) => reads[index] === undefined).map(String),
    entries: entries as Timing[],
  };
}

const median = (values: number[]) => [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)]!;
const ms = (value: number) => value.toFixed(0).padStart(7);

// Another process already answering on the port would be measured instead of this build (the readiness check below
// cannot tell the servers apart): refuse to start.
const busy = await fetch(`http://127.0.0.1:${values.port}/config.json`).then(
  () => true,
  () => false,
);
if (busy) {
  process.stderr.write(`port ${values.port} is already in use by another server: pass a free one with --port\n`);
  process.exit(1);
}
const server = await startSandbox(Number(values.port), { SEED_CUSTOMERS: '2000' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1', '--disable-background-networking', '--disable-component-update'],
});
let failed = false;
try {
  // Eveline Tripman's customer id, from the seed's customer number.
  const login = await fetch(`${server.url}/my/logins/direct`, {
    method: 'POST',
    headers: { DirectLogin: 'username="kyc", password="sandbox123!", consumer_key="customer-desk"' },
  });
  const { token } = (await login.json()) as { token: string };
  const lookup = await fetch(`${server.url}/obp/v5.1.0/banks/${BANK}/customers/customer-number`, {
    method: 'POST',
    headers: { DirectLogin: `token=${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ customer_number: '5987953' }),
  });
  const { customer_id: customerId } = (await lookup.json()) as { customer_id: string };
  const tabPath = `/banks/${BANK}/customers/${customerId}/kyc`;

  print(`bench:cold — cold load of ${tabPath} in Chromium (cache emptied, session in sessionStorage), build/sandbox.js`);
  print(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, load average at start ${loadavg()[0]!.toFixed(1)}\n`);
  print(`run   entry script   first API request   tab data arrived   API requests   (ms after navigation start)`);
  const results: Run[] = [];
  for (let index = 0; index < runs; index += 1) {
    const context = await browser.newContext({ baseURL: server.url, locale: 'en-GB' });
    const page = await context.newPage();
    // Signing in through the console itself, as a user does; the token lands in this tab's sessionStorage.
    await page.goto('/sign-in');
    await page.getByLabel('Username').fill('kyc');
    await page.getByLabel('Password').fill('sandbox123!');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    const run = await coldLoad(page, tabPath);
    await context.close();
    if (run.missing.length > 0) throw new Error(`run ${index + 1}: the tab never read ${run.missing.join(', ')}`);
    results.push(run);
    print(`${String(index + 1).padStart(3)} ${ms(run.entryScript).padStart(14)} ${ms(run.firstApi).padStart(19)} ${ms(run.dataArrived).padStart(18)} ${String(run.apiRequests).padStart(14)}`);
  }
  if (values.waterfall) {
    print(`\nlast run, every fetch (ms after navigation start): left → arrived  path`);
    for (const timing of [...results.at(-1)!.entries].sort((left, right) => left.startTime - right.startTime)) {
      print(`${ms(timing.startTime)} → ${ms(timing.responseEnd)}  ${new URL(timing.name).pathname}`);
    }
  }
  const firstApi = median(results.map((run) => run.firstApi));
  const dataArrived = median(results.map((run) => run.dataArrived));
  const entryScript = median(results.map((run) => run.entryScript));
  print(`\nmedian ${ms(entryScript).padStart(10)} ${ms(firstApi).padStart(19)} ${ms(dataArrived).padStart(18)}`);
  const firstVerdict = firstApi <= FIRST_REQUEST_BUDGET_MS ? 'PASS' : 'FAIL';
  const dataVerdict = dataArrived <= DATA_BUDGET_MS ? 'PASS' : 'FAIL';
  if (firstVerdict === 'FAIL' || dataVerdict === 'FAIL') failed = true;
  print(`Budget: first API request ≤ ${FIRST_REQUEST_BUDGET_MS} ms: ${firstVerdict} (median ${firstApi.toFixed(0)} ms); tab data ≤ ${DATA_BUDGET_MS} ms: ${dataVerdict} (median ${dataArrived.toFixed(0)} ms)`);
  print(`load average at end ${loadavg()[0]!.toFixed(1)} (other processes on the machine share the cores)`);
} catch (error) {
  // Printed before the server stops (its exit would otherwise be the only error shown).
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  failed = true;
} finally {
  await browser.close();
  await server.stop();
}
process.exit(failed ? 1 : 0);
