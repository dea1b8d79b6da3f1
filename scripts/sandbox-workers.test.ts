import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_WORKER_HEADER } from '../server/app';
import { EVELINE_TRIPMAN } from '../server/seed/seed-customers';

/*
 * SANDBOX_WORKERS=2 for real (issue 12): the server is bundled as `npm run build:server` bundles it, started as a child
 * process over a temporary database file, and spoken to over TCP, each request on a new connection so Node's cluster
 * hands them to the workers in turn. The workers must share the load, see each other's writes at once (the answer
 * caches), count one rate limit between them, record every call as a metric row, and all stop on SIGTERM.
 */

const root = join(import.meta.dirname, '..');
const BANK = 'gh.29.uk';
const V = '/obp/v5.1.0';
/** The general per-address limit the server gets; the rate-limit check sends one request more from its own address. */
const RATE_LIMIT = 100;
/** Loopback addresses the requests come from: the rate-limit check's own, so the other checks never count against it. */
const MAIN_ADDRESS = '127.0.0.1';
const LIMITED_ADDRESS = '127.0.0.2';

type Answer = { status: number; worker: string; body: string };
/** A started server: its primary process, where it listens, its database's directory and an admin's token. */
type Sandbox = { process: ChildProcess; port: number; directory: string; token: string };

let bundle: string;
/** The server most checks share; the SIGTERM check starts and stops one of its own, so the checks run in any order. */
let shared: Sandbox;
const started: Sandbox[] = [];

/** One request on a connection of its own (no keep-alive agent): the cluster picks a worker for each. */
function send(
  method: string,
  path: string,
  options: { body?: unknown; token?: string; from?: string; headers?: Record<string, string>; to?: Sandbox } = {},
): Promise<Answer> {
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: MAIN_ADDRESS,
        port: (options.to ?? shared).port,
        method,
        path,
        agent: false,
        localAddress: options.from ?? MAIN_ADDRESS,
        headers: {
          ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
          ...(options.token ? { DirectLogin: `token=${options.token}` } : {}),
          ...options.headers,
        },
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, worker: String(response.headers[SANDBOX_WORKER_HEADER] ?? ''), body }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

/** The first port of 6341–6351 nothing listens on. */
async function freePort(): Promise<number> {
  for (let candidate = 6341; candidate <= 6351; candidate += 1) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(candidate, MAIN_ADDRESS, () => probe.close(() => resolve(true)));
    });
    if (free) return candidate;
  }
  throw new Error('no free port in 6341–6351');
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Starts the bundled server over a new database file with two workers; resolves once every worker listens. */
async function startSandbox(): Promise<Sandbox> {
  const directory = mkdtempSync(join(tmpdir(), 'sandbox-workers-'));
  const port = await freePort();
  const server = spawn(process.execPath, [bundle], {
    cwd: root,
    env: {
      ...process.env,
      HOST: MAIN_ADDRESS,
      PORT: String(port),
      DB_PATH: join(directory, 'sandbox.db'),
      SANDBOX_WORKERS: '2',
      SEED_CUSTOMERS: '20',
      SERVE_CONSOLE: 'false',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const sandbox: Sandbox = { process: server, port, directory, token: '' };
  started.push(sandbox);
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // The primary prints the banner once every worker listens: the server's own signal that it is ready.
  await new Promise<void>((resolve, reject) => {
    const ready = () => {
      if (output.includes(`running at http://${MAIN_ADDRESS}:${port}/`)) resolve();
    };
    server.stdout?.on('data', ready);
    server.once('exit', (code) => reject(new Error(`the server exited (${code}) before it was ready: ${output}`)));
  });
  const login = await send('POST', '/my/logins/direct', {
    to: sandbox,
    headers: { DirectLogin: 'username="admin", password="sandbox123!", consumer_key="customer-desk"' },
  });
  expect(login.status, login.body).toBe(201);
  sandbox.token = (JSON.parse(login.body) as { token: string }).token;
  return sandbox;
}

beforeAll(async () => {
  // Beside build/sandbox.js, so the bundle's external packages resolve from the project's node_modules.
  bundle = join(root, 'build', `sandbox-workers-test-${process.pid}.js`);
  await build({
    entryPoints: [join(root, 'server', 'main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    outfile: bundle,
    logLevel: 'warning',
  });
  shared = await startSandbox();
}, 60_000);

afterAll(() => {
  // A server still running: a check failed before it was stopped (its workers end with the primary's IPC channel).
  for (const sandbox of started) {
    if (sandbox.process.exitCode === null && sandbox.process.signalCode === null) sandbox.process.kill('SIGKILL');
    rmSync(sandbox.directory, { recursive: true, force: true });
  }
  // Set unless beforeAll failed before the build.
  if (bundle as string | undefined) rmSync(bundle, { recursive: true, force: true });
});

describe('SANDBOX_WORKERS=2, a real server of two worker processes', () => {
  it('answers from two worker processes, neither of them the primary, each naming itself', async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, () => send('GET', `${V}/banks`)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(6).fill(200));
    const workers = new Set(answers.map((answer) => answer.worker));
    expect(workers.size).toBe(2);
    expect(workers).not.toContain('');
    expect(workers).not.toContain(String(shared.process.pid));
  });

  it('a write through one worker is read through the other at once: never a stale cached answer', async () => {
    const found = await send('POST', `${V}/banks/${BANK}/customers/customer-number`, { token: shared.token, body: { customer_number: EVELINE_TRIPMAN.customerNumber } });
    expect(found.status, found.body).toBe(200);
    const customer = `${V}/banks/${BANK}/customers/${(JSON.parse(found.body) as { customer_id: string }).customer_id}`;
    // Both workers have the customer's answer cached before it changes.
    const warm = await Promise.all(Array.from({ length: 4 }, () => send('GET', customer, { token: shared.token })));
    expect(new Set(warm.map((answer) => answer.worker)).size).toBe(2);
    for (let round = 0; round < 3; round += 1) {
      const email = `workers-${round}-${randomUUID().slice(0, 8)}@example.com`;
      const changed = await send('PUT', `${customer}/email`, { token: shared.token, body: { email } });
      expect(changed.status, changed.body).toBe(200);
      const reads: Answer[] = [];
      for (let read = 0; read < 4; read += 1) reads.push(await send('GET', customer, { token: shared.token }));
      expect(new Set(reads.map((answer) => answer.worker)).size).toBe(2);
      expect(reads.map((answer) => (JSON.parse(answer.body) as { email: string }).email)).toEqual(Array(4).fill(email));
    }
  });

  it(`keeps the per-address limit exact across the workers: request ${RATE_LIMIT + 1} is the only 429, in OBP's shape`, async () => {
    const answers: Answer[] = [];
    // In order, so the one over the limit is the last; each on a new connection, so they alternate between the workers.
    for (let index = 0; index <= RATE_LIMIT; index += 1) answers.push(await send('GET', `${V}/banks`, { from: LIMITED_ADDRESS }));
    expect(new Set(answers.map((answer) => answer.worker)).size).toBe(2);
    expect(answers.slice(0, RATE_LIMIT).every((answer) => answer.status === 200)).toBe(true);
    const over = answers.at(-1);
    expect(over?.status).toBe(429);
    expect(JSON.parse(over?.body ?? '')).toEqual({ code: 429, message: 'OBP-10018: Too Many Requests.' });
  }, 30_000);

  it('records a call made through one worker in the metrics read through the other, within its flush delay', async () => {
    const probe = `${V}/banks/${BANK}/customers/probe-${randomUUID()}`;
    const call = await send('GET', probe, { token: shared.token });
    const readThroughTheOther = async () => {
      for (;;) {
        const read = await send('GET', `${V}/management/metrics?url=${encodeURIComponent(probe)}`, { token: shared.token });
        expect(read.status, read.body).toBe(200);
        if (read.worker !== call.worker) return (JSON.parse(read.body) as { metrics: { url: string; verb: string }[] }).metrics;
      }
    };
    await expect.poll(readThroughTheOther, { timeout: 3_000, interval: 50 }).toEqual([expect.objectContaining({ url: probe, verb: 'GET' })]);
  });

  it('stops on SIGTERM: the primary and both workers exit, every metric row written, the database file closed', async () => {
    const own = await startSandbox();
    const server = own.process;
    const workers = new Set<string>();
    const probes: string[] = [];
    // A call through each worker just before the signal: its metric row still waits in that worker's memory.
    while (workers.size < 2) {
      const probe = `${V}/banks/${BANK}/customers/stop-${randomUUID()}`;
      const call = await send('GET', probe, { token: own.token, to: own });
      workers.add(call.worker);
      probes.push(probe);
    }
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    for (const worker of workers) expect(isRunning(Number(worker)), `worker ${worker}`).toBe(false);
    // The last connection to close checkpoints the write-ahead log into the file and deletes it.
    const file = join(own.directory, 'sandbox.db');
    expect(existsSync(`${file}-wal`)).toBe(false);
    const database = new Database(file, { readonly: true });
    try {
      const urls = database.prepare('SELECT url FROM metrics').pluck().all() as string[];
      expect(urls).toEqual(expect.arrayContaining(probes));
    } finally {
      database.close();
    }
  }, 60_000);
});
