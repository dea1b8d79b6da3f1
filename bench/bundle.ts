/**
 * `npm run bench:bundle` (builds first): what Chromium really downloads to show the sign-in and search routes, served
 * by the compiled sandbox (`build/sandbox.js`) the way it is deployed — brotli or gzip files chosen by Accept-Encoding.
 *
 * For each route, a fresh browser context (empty cache) loads the page and waits until the network is idle; the
 * Chrome DevTools Protocol reports every response's bytes on the wire (`Network.loadingFinished.encodedDataLength`:
 * headers and compressed body) and its decoded size (`Network.dataReceived.dataLength`). Printed: JavaScript on the
 * wire (the budget, ≤ 125 kB per route), everything on the wire (HTML, CSS, config, API answers too), and the same
 * files uncompressed. Beside it, the same scripts as files in `dist/` (raw, gzip -9, brotli) and what the responses'
 * headers add.
 *
 * Options: `--port N` (default 5202) for the sandbox it starts; `--files` lists every script of each route with its
 * bytes on the wire, largest first (to see what a route loads).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { startSandbox } from '../e2e/support/sandbox-process';

const { values } = parseArgs({ options: { port: { type: 'string', default: '5202' }, files: { type: 'boolean', default: false } } });
const BUDGET_KB = 125;
const BANK = 'gh.29.uk';
const SESSION_KEY = 'customer-desk.session';
const print = (line = '') => process.stdout.write(`${line}\n`);
const kB = (bytes: number) => (bytes / 1024).toFixed(1).padStart(8);

type Transfer = { url: string; type: string; wire: number; decoded: number; encoding: string };

/** Loads `path` in a cold context and returns every response with its bytes on the wire and decoded. */
async function transfers(page: Page, path: string, ready: (page: Page) => Promise<unknown>): Promise<Transfer[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const byRequest = new Map<string, Transfer>();
  cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
    const headers = Object.fromEntries(Object.entries(response.headers).map(([name, value]) => [name.toLowerCase(), String(value)]));
    byRequest.set(requestId, { url: response.url, type, wire: 0, decoded: 0, encoding: headers['content-encoding'] ?? 'identity' });
  });
  cdp.on('Network.dataReceived', ({ requestId, dataLength }) => {
    const transfer = byRequest.get(requestId);
    if (transfer) transfer.decoded += dataLength;
  });
  const finished: string[] = [];
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const transfer = byRequest.get(requestId);
    if (transfer) transfer.wire = encodedDataLength;
    finished.push(requestId);
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  await ready(page);
  await page.waitForLoadState('networkidle');
  return finished.map((id) => byRequest.get(id)).filter((transfer): transfer is Transfer => transfer !== undefined);
}

const server = await startSandbox(Number(values.port), { SEED_CUSTOMERS: '200' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1', '--disable-background-networking', '--disable-component-update'],
});
let failed = false;
const routeScripts: Array<{ name: string; files: string[]; wire: number }> = [];
try {
  const login = await fetch(`${server.url}/my/logins/direct`, {
    method: 'POST',
    headers: { DirectLogin: 'username="manager", password="sandbox123!", consumer_key="customer-desk"' },
  });
  const { token } = (await login.json()) as { token: string };

  const routes = [
    { name: 'sign-in', path: '/sign-in', signedIn: false, ready: (page: Page) => page.getByRole('button', { name: 'Sign in' }).waitFor() },
    {
      name: 'search',
      path: `/banks/${BANK}/customers`,
      signedIn: true,
      ready: (page: Page) => page.getByRole('heading', { level: 1, name: 'Find a customer' }).waitFor(),
    },
  ];
  print(`What Chromium transfers on a cold load (CDP encodedDataLength: headers + body as sent), served by build/sandbox.js`);
  print(`Budget: ≤ ${BUDGET_KB} kB of JavaScript on the wire per route.\n`);
  print('route      JS files   JS wire kB   JS decoded kB   all files   all wire kB   all decoded kB   budget');
  const details: string[] = [];
  for (const route of routes) {
    const context = await browser.newContext({ baseURL: server.url, locale: 'en-GB' });
    if (route.signedIn) await context.addInitScript(([key, value]) => window.sessionStorage.setItem(key, value), [SESSION_KEY, token] as const);
    const page = await context.newPage();
    const all = await transfers(page, route.path, route.ready);
    await context.close();
    const scripts = all.filter((transfer) => transfer.type === 'Script');
    const sum = (list: Transfer[], key: 'wire' | 'decoded') => list.reduce((total, transfer) => total + transfer[key], 0);
    const jsWire = sum(scripts, 'wire') / 1024;
    routeScripts.push({ name: route.name, files: scripts.map((transfer) => new URL(transfer.url).pathname.slice(1)), wire: sum(scripts, 'wire') });
    const verdict = jsWire <= BUDGET_KB ? 'PASS' : 'FAIL';
    if (verdict === 'FAIL') failed = true;
    print(
      `${route.name.padEnd(10)} ${String(scripts.length).padStart(8)} ${kB(sum(scripts, 'wire')).padStart(12)} ${kB(sum(scripts, 'decoded')).padStart(15)} ` +
        `${String(all.length).padStart(11)} ${kB(sum(all, 'wire')).padStart(13)} ${kB(sum(all, 'decoded')).padStart(16)}   ${verdict}`,
    );
    const encodings = [...new Set(scripts.map((transfer) => transfer.encoding))].join(', ');
    const largestFirst = [...scripts].sort((a, b) => b.wire - a.wire);
    const named = (transfer: Transfer) => `${new URL(transfer.url).pathname} ${(transfer.wire / 1024).toFixed(1)} kB`;
    details.push(`${route.name}: scripts sent as ${encodings}; largest: ${largestFirst.slice(0, 3).map(named).join(', ')}`);
    if (values.files) details.push(...largestFirst.map((transfer) => `  ${named(transfer)} (${(transfer.decoded / 1024).toFixed(1)} kB decoded)`));
  }
  print();
  for (const line of details) print(line);
} finally {
  await browser.close();
  await server.stop();
}

// The same scripts as files in dist/: raw, gzip -9 and the brotli file the server sent. What the wire adds to the
// brotli files is each response's headers (about half a kB each), which is why fewer, larger chunks cost less.
const dist = join(import.meta.dirname, '..', 'dist');
const size = (file: string) => readFileSync(join(dist, file)).length;
const brotliSize = (file: string) => {
  try {
    return readFileSync(join(dist, `${file}.br`)).length;
  } catch {
    return size(file);
  }
};
print('\nThe same scripts in dist/: files, raw kB, gzip -9 kB, .br on disk kB, headers on the wire kB (JS wire − .br)');
for (const { name, files, wire } of routeScripts) {
  const total = (measure: (file: string) => number) => files.reduce((sum, file) => sum + measure(file), 0);
  print(
    `${name.padEnd(10)} ${String(files.length).padStart(5)} ${kB(total(size))} ${kB(total((file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length))} ${kB(total(brotliSize))} ${kB(wire - total(brotliSize))}`,
  );
}
if (failed) process.exitCode = 1;
