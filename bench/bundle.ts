/**
 * `npm run bench:bundle` (builds first): what Chromium really downloads to show the sign-in and search routes, served
 * by the compiled sandbox (`build/sandbox.js`) the way it is deployed — brotli or gzip files chosen by Accept-Encoding.
 *
 * For each route, a fresh browser context (empty cache) loads the page and waits until the network is idle; the
 * Chrome DevTools Protocol reports every response's bytes on the wire (`Network.loadingFinished.encodedDataLength`:
 * headers and compressed body) and its decoded size (`Network.dataReceived.dataLength`). Printed: JavaScript on the
 * wire (the budget, ≤ 125 kB per route), everything on the wire (HTML, CSS, config, API answers too), and the same
 * files uncompressed. Beside it, the Vite manifest's view (what each route imports, gzip -9 and raw) for comparison.
 *
 * Options: `--port N` (default 5202) for the sandbox it starts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { startSandbox } from '../e2e/support/sandbox-process';
import { INITIAL_NAMESPACES } from '../src/i18n/namespaces';

const { values } = parseArgs({ options: { port: { type: 'string', default: '5202' } } });
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
    const verdict = jsWire <= BUDGET_KB ? 'PASS' : 'FAIL';
    if (verdict === 'FAIL') failed = true;
    print(
      `${route.name.padEnd(10)} ${String(scripts.length).padStart(8)} ${kB(sum(scripts, 'wire')).padStart(12)} ${kB(sum(scripts, 'decoded')).padStart(15)} ` +
        `${String(all.length).padStart(11)} ${kB(sum(all, 'wire')).padStart(13)} ${kB(sum(all, 'decoded')).padStart(16)}   ${verdict}`,
    );
    const encodings = [...new Set(scripts.map((transfer) => transfer.encoding))].join(', ');
    details.push(`${route.name}: scripts sent as ${encodings}; largest: ${[...scripts].sort((a, b) => b.wire - a.wire).slice(0, 3).map((transfer) => `${new URL(transfer.url).pathname} ${(transfer.wire / 1024).toFixed(1)} kB`).join(', ')}`);
  }
  print();
  for (const line of details) print(line);
} finally {
  await browser.close();
  await server.stop();
}

// The manifest's view, for comparison with the earlier gzip -9 figures: what each route imports statically.
type ManifestChunk = { file: string; isEntry?: boolean; imports?: string[] };
const dist = join(import.meta.dirname, '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
const closure = (keys: string[]) => {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the Vite manifest`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return files;
};
const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;
const englishLocales = Object.keys(manifest).filter((key) => INITIAL_NAMESPACES.some((namespace) => key.endsWith(`i18n/locales/en/${namespace}.json`)));
const size = (file: string) => readFileSync(join(dist, file)).length;
const brotliSize = (file: string) => {
  try {
    return readFileSync(join(dist, `${file}.br`)).length;
  } catch {
    return size(file);
  }
};
print('\nFrom the Vite manifest (static imports of each route + English locales): files, raw kB, gzip -9 kB, .br on disk kB');
for (const [name, modules] of Object.entries({
  'sign-in': ['src/app/routes/sign-in-route.tsx'],
  search: ['src/app/routes/shell-route.tsx', 'src/app/routes/customer-search-route.tsx'],
})) {
  const files = [...closure([entry, ...modules, ...englishLocales])];
  const total = (measure: (file: string) => number) => files.reduce((sum, file) => sum + measure(file), 0);
  print(
    `${name.padEnd(10)} ${String(files.length).padStart(5)} ${kB(total(size))} ${kB(total((file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length))} ${kB(total(brotliSize))}`,
  );
}
if (failed) process.exitCode = 1;
