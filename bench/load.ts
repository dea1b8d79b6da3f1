/**
 * `npm run bench:load` (builds first): throughput of the compiled sandbox (`build/sandbox.js`, request logging as by
 * default) under 50 connections, beside a bare Fastify route measured in the same run — every figure is also printed
 * as a ratio to it, so that a busy machine shows as a lower baseline rather than a slower sandbox.
 *
 * In one run, each for `--duration` seconds at `--connections` connections (autocannon, in this process): the bare
 * route (its own process), GET customer by id, a paged phone search (`%444%`, 20 rows), `GET /banks` and
 * `index.html`. It signs in once and reuses the token. Targets (DESIGN.md): GET customer ≥ 0.5× the bare route with
 * p99 ≤ 20 ms; the paged phone search ≥ 0.25×.
 *
 * The machine is shared, so the whole set is measured `--rounds` times (the bare route again in each round) and the
 * verdict is read from the median of each route's ratios to the bare route of the same round. The general per-address
 * rate limit is off (`RATE_LIMIT_PER_MINUTE=0`, as the README says for load benchmarks: one address sends everything).
 *
 * The sandbox runs as `npm start` runs it: over a database file (in a temporary directory), with as many processes as
 * its default gives (SANDBOX_WORKERS unset: one per core up to 4 over a file), its log written to a file beside the
 * database; the bench prints the server's own start-up line saying how many processes serve the port and why.
 *
 * Options: `--port N` (sandbox, default 5202; the bare route uses N + 1), `--customers N` (seed, default 20,000),
 * `--duration S` (default 5), `--connections N` (default 50), `--rounds N` (default 3), `--workers N` (sets
 * SANDBOX_WORKERS instead of the default; `--workers 1` is one process over the same file).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const root = join(import.meta.dirname, '..');
const COMPILED_SERVER = join(root, 'build', 'sandbox.js');

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5202' },
    customers: { type: 'string', default: '20000' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '3' },
    workers: { type: 'string' },
  },
});
const port = Number(values.port);
const duration = Number(values.duration);
const connections = Number(values.connections);
const rounds = Number(values.rounds);
const BANK = 'gh.29.uk';
const print = (line = '') => process.stdout.write(`${line}\n`);

/** A Fastify app with one route and nothing else: the ceiling of what the framework serves on this machine now. */
async function startBareFastify(barePort: number): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn(process.execPath, [join(root, 'bench', 'bare-fastify.mjs'), String(barePort)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`the bare Fastify server exited (${code})`)));
  });
  return { url: `http://127.0.0.1:${barePort}/`, stop: () => child.kill('SIGTERM') };
}

type Target = { name: string; url: string; method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string; expected: number };

async function run(target: Target) {
  // A short warm-up (JIT, SQLite page cache), then the measured run.
  await autocannon({ url: target.url, method: target.method ?? 'GET', headers: target.headers, body: target.body, connections, duration: 2 });
  const result = await autocannon({ url: target.url, method: target.method ?? 'GET', headers: target.headers, body: target.body, connections, duration });
  const statusCodes = result.statusCodeStats as unknown as Record<string, { count: number }>;
  const unexpected = Object.entries(statusCodes).filter(([code]) => Number(code) !== target.expected);
  if (result.errors > 0 || unexpected.length > 0) {
    throw new Error(`${target.name}: ${result.errors} errors, statuses ${JSON.stringify(statusCodes)} (expected only ${target.expected})`);
  }
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

/**
 * The compiled sandbox as `npm start` runs it, over a database file; resolves once it answers and its start-up log has
 * said how many processes serve the port (that line is returned).
 */
async function startSandbox(sandboxPort: number, directory: string, env: Record<string, string>) {
  if (!existsSync(COMPILED_SERVER)) throw new Error(`${COMPILED_SERVER} is missing: run \`npm run build\` first.`);
  const logFile = join(directory, 'sandbox.log');
  const log = openSync(logFile, 'w');
  const child: ChildProcess = spawn(process.execPath, [COMPILED_SERVER], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(sandboxPort), DB_PATH: join(directory, 'sandbox.db'), ...env },
    stdio: ['ignore', log, 'inherit'],
  });
  closeSync(log);
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`the sandbox exited (${code})`))));
  const serving = (async () => {
    for (;;) {
      // The banner comes after the line, once every process listens.
      const text = readFileSync(logFile, 'utf8');
      const line = text.match(/"msg":"((?:One process serves|\d+ worker processes serve)[^"]*)"/)?.[1];
      if (line && text.includes('Customer Desk is running')) return line;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const configuration = await Promise.race([serving, exited]);
  return {
    url: `http://127.0.0.1:${sandboxPort}`,
    configuration,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

const databaseDirectory = mkdtempSync(join(tmpdir(), 'bench-load-'));
const sandbox = await startSandbox(port, databaseDirectory, {
  SEED_CUSTOMERS: values.customers,
  LOG_LEVEL: 'info',
  RATE_LIMIT_PER_MINUTE: '0',
  ...(values.workers ? { SANDBOX_WORKERS: values.workers } : {}),
});
const bare = await startBareFastify(port + 1);
try {
  const login = await fetch(`${sandbox.url}/my/logins/direct`, {
    method: 'POST',
    headers: { DirectLogin: 'username="manager", password="sandbox123!", consumer_key="customer-desk"' },
  });
  if (login.status !== 201) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  const { token } = (await login.json()) as { token: string };
  const auth = { DirectLogin: `token=${token}` };
  const searchUrl = `${sandbox.url}/obp/v5.1.0/banks/${BANK}/search/customers/mobile-phone-number?limit=20&offset=0`;
  const searchBody = JSON.stringify({ mobile_phone_number: '%444%' });
  const probe = await fetch(searchUrl, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: searchBody });
  const { customers } = (await probe.json()) as { customers: Array<{ customer_id: string }> };
  if (customers.length !== 20) throw new Error(`the %444% search answered ${customers.length} customers, not a page of 20`);

  const targets: Target[] = [
    { name: 'bare Fastify route', url: bare.url, expected: 200 },
    { name: 'GET customer by id', url: `${sandbox.url}/obp/v5.1.0/banks/${BANK}/customers/${customers[0]!.customer_id}`, headers: auth, expected: 200 },
    {
      name: 'phone search %444%, 20 rows',
      url: searchUrl,
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: searchBody,
      expected: 201,
    },
    { name: 'GET /banks', url: `${sandbox.url}/obp/v5.1.0/banks`, expected: 200 },
    { name: 'index.html', url: `${sandbox.url}/`, headers: { accept: 'text/html', 'accept-encoding': 'br, gzip' }, expected: 200 },
  ];

  print(
    `bench:load — ${connections} connections, ${duration} s each, ${rounds} rounds, autocannon in the bench process; node ${process.version}, ` +
      `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, load average at start ${loadavg()[0]!.toFixed(1)}`,
  );
  print(
    `sandbox: build/sandbox.js over a database file, ${Number(values.customers).toLocaleString('en')} customers, request logging at info ` +
      `to a file, per-address rate limit off${values.workers ? `, SANDBOX_WORKERS=${values.workers} (--workers)` : ', SANDBOX_WORKERS unset (as npm start)'}; ` +
      `the bare route: one process\nthe sandbox's start-up log: ${sandbox.configuration}\n`,
  );
  print(`${'round'.padEnd(6)} ${'route'.padEnd(30)} ${'req/s'.padStart(9)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'× bare'.padStart(7)}`);
  const measured = new Map<string, Array<{ requestsPerSecond: number; p99: number; ratio: number }>>();
  for (let round = 1; round <= rounds; round += 1) {
    let bareRate = 0;
    for (const target of targets) {
      const { requestsPerSecond, p50, p99 } = await run(target);
      if (target === targets[0]) bareRate = requestsPerSecond;
      const ratio = requestsPerSecond / bareRate;
      measured.set(target.name, [...(measured.get(target.name) ?? []), { requestsPerSecond, p99, ratio }]);
      print(
        `${String(round).padEnd(6)} ${target.name.padEnd(30)} ${requestsPerSecond.toFixed(0).padStart(9)} ${p50.toFixed(0).padStart(7)} ${p99.toFixed(0).padStart(7)} ${ratio.toFixed(2).padStart(7)}`,
      );
    }
  }
  const median = (numbers: number[]) => [...numbers].sort((left, right) => left - right)[Math.floor(numbers.length / 2)]!;
  print(`\nmedian of ${rounds} rounds`);
  print(`${'route'.padEnd(30)} ${'req/s'.padStart(9)} ${'p99 ms'.padStart(7)} ${'× bare'.padStart(7)}   target`);
  let failed = false;
  for (const target of targets) {
    const results = measured.get(target.name)!;
    const requestsPerSecond = median(results.map((result) => result.requestsPerSecond));
    const p99 = median(results.map((result) => result.p99));
    const ratio = median(results.map((result) => result.ratio));
    let verdict = '';
    if (target.name.startsWith('GET customer')) verdict = ratio >= 0.5 && p99 <= 20 ? '≥ 0.5×, p99 ≤ 20 ms: PASS' : '≥ 0.5×, p99 ≤ 20 ms: FAIL';
    if (target.name.startsWith('phone search')) verdict = ratio >= 0.25 ? '≥ 0.25×: PASS' : '≥ 0.25×: FAIL';
    if (verdict.endsWith('FAIL')) failed = true;
    print(`${target.name.padEnd(30)} ${requestsPerSecond.toFixed(0).padStart(9)} ${p99.toFixed(0).padStart(7)} ${ratio.toFixed(2).padStart(7)}   ${verdict}`);
  }
  print(`\nload average at end ${loadavg()[0]!.toFixed(1)} (other processes on the machine share the cores)`);
  if (failed) process.exitCode = 1;
} finally {
  bare.stop();
  await sandbox.stop();
  rmSync(databaseDirectory, { recursive: true, force: true });
}
