import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp, SANDBOX_WORKER_HEADER } from '../app';
import { testSandboxConfig } from '../config';
import { openSandboxDatabase, type SandboxDatabase } from '../database/sandbox-database';
import { sharedRateLimitStoreClass, type SharedRateLimitStore } from './shared-rate-limit-store';

/**
 * With SANDBOX_WORKERS > 1 every worker process opens the same database file; the rate limits must count across them.
 * Two connections to one file stand for two workers.
 */
let directory: string | undefined;
const opened: SandboxDatabase[] = [];
const apps: FastifyInstance[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
  for (const database of opened.splice(0)) database.close();
  if (directory) rmSync(directory, { recursive: true, force: true });
  directory = undefined;
});

const twoConnections = (): [SandboxDatabase, SandboxDatabase] => {
  directory = mkdtempSync(join(tmpdir(), 'rate-limit-'));
  const path = join(directory, 'sandbox.db');
  opened.push(openSandboxDatabase(path), openSandboxDatabase(path));
  return [opened[0]!, opened[1]!];
};

const count = (store: SharedRateLimitStore, key: string, window: number) =>
  new Promise<{ current: number; ttl: number }>((resolve, reject) =>
    store.incr(key, (error, result) => (error ? reject(error) : resolve(result!)), window),
  );

describe('the shared rate-limit store', () => {
  it('counts one window per key across connections, and starts again when it has passed', async () => {
    const clock = { now: 1_000_000 };
    const [first, second] = twoConnections();
    const Store = (database: SandboxDatabase) => new (sharedRateLimitStoreClass(database, () => clock.now))({} as never) as unknown as SharedRateLimitStore;
    const [a, b] = [Store(first), Store(second)];
    expect(await count(a, '10.0.0.1', 60_000)).toEqual({ current: 1, ttl: 60_000 });
    clock.now += 1_000;
    expect(await count(b, '10.0.0.1', 60_000)).toEqual({ current: 2, ttl: 59_000 });
    expect(await count(a, '10.0.0.1', 60_000)).toEqual({ current: 3, ttl: 59_000 });
    expect((await count(b, '10.0.0.2', 60_000)).current).toBe(1);
    // A route's limit (the plugin's child store) counts apart from the global one.
    const route = { routeInfo: { method: 'POST', url: '/my/logins/direct' } };
    expect((await count(a.child(route), '10.0.0.1', 60_000)).current).toBe(1);
    expect((await count(b.child(route), '10.0.0.1', 60_000)).current).toBe(2);
    clock.now += 59_000;
    expect(await count(b, '10.0.0.1', 60_000)).toEqual({ current: 1, ttl: 60_000 });
  });

  it('keeps the per-address limit exact when requests alternate between two workers', async () => {
    const [first, second] = twoConnections();
    const config = testSandboxConfig({ workers: 2, rateLimitPerMinute: 3 });
    apps.push(await buildApp({ db: first, config }), await buildApp({ db: second, config }));
    const statuses: number[] = [];
    for (let index = 0; index < 5; index += 1) {
      statuses.push((await apps[index % 2]!.inject({ method: 'GET', url: '/config.json' })).statusCode);
    }
    // With each worker's own in-memory store (workers: 1), every status here would be 200.
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  it('names the answering worker process only when there are several', async () => {
    const [first, second] = twoConnections();
    apps.push(await buildApp({ db: first, config: testSandboxConfig({ workers: 2 }) }), await buildApp({ db: second, config: testSandboxConfig({ workers: 1 }) }));
    const [several, one] = await Promise.all(apps.map((app) => app.inject({ method: 'GET', url: '/config.json' })));
    expect(several?.headers[SANDBOX_WORKER_HEADER]).toBe(String(process.pid));
    expect(one?.headers).not.toHaveProperty(SANDBOX_WORKER_HEADER);
  });

  it('names it on refusals too: a Host not served, and a rate limit', async () => {
    const [first] = twoConnections();
    const app = await buildApp({ db: first, config: testSandboxConfig({ workers: 2, rateLimitPerMinute: 1, allowedHosts: ['127.0.0.1:8080'] }) });
    apps.push(app);
    const wrongHost = await app.inject({ method: 'GET', url: '/obp/v5.1.0/banks', headers: { host: 'rebound.example' } });
    expect(wrongHost.statusCode).toBe(400);
    expect(wrongHost.headers[SANDBOX_WORKER_HEADER]).toBe(String(process.pid));
    const host = { host: '127.0.0.1:8080' };
    expect((await app.inject({ method: 'GET', url: '/config.json', headers: host })).statusCode).toBe(200);
    const limited = await app.inject({ method: 'GET', url: '/config.json', headers: host });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers[SANDBOX_WORKER_HEADER]).toBe(String(process.pid));
  });
});
