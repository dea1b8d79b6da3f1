import type { FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { SandboxDatabase } from '../database/sandbox-database';

/**
 * A store for `@fastify/rate-limit` kept in the database (`rate_limit_windows`, migration 110), for the server's
 * worker processes (SANDBOX_WORKERS > 1): each process has its own memory, so the plugin's default store would let
 * every worker count its own window and an address could send N times the limit. Here every worker counts in the same
 * row, in one statement (SQLite serialises writes across connections), so a limit is exact per window per key
 * whichever worker a connection lands on. One process keeps the plugin's in-memory store (no write per request).
 *
 * The same fixed window as the plugin's store: the first request starts a window of `timeWindow` ms; the count starts
 * again at 1 once it has passed. Rows of windows long over are deleted now and then.
 */
export type RateLimitResult = { current: number; ttl: number };
type RouteOptions = { routeInfo?: { method?: string | string[]; url?: string } };
export type SharedRateLimitStore = {
  /** The plugin passes the window (and the maximum) after the callback, beyond what its types declare. */
  incr(key: string, callback: (error: Error | null, result?: RateLimitResult) => void, timeWindow?: number): void;
  child(routeOptions: RouteOptions): SharedRateLimitStore;
};

/** Every this many counts, rows of windows that ended more than an hour ago are deleted. */
const PURGE_EVERY = 10_000;
const PURGE_AFTER_MS = 3_600_000;

export function sharedRateLimitStoreClass(database: SandboxDatabase, now: () => number = Date.now) {
  const count = database.prepare<[{ key: string; now: number; window: number }], RateLimitResult & { window_start: number }>(
    `INSERT INTO rate_limit_windows (key, count, window_start) VALUES (@key, 1, @now)
     ON CONFLICT (key) DO UPDATE SET
       count = CASE WHEN window_start + @window <= @now THEN 1 ELSE count + 1 END,
       window_start = CASE WHEN window_start + @window <= @now THEN @now ELSE window_start END
     RETURNING count AS current, window_start`,
  );
  const purge = database.prepare<[number]>('DELETE FROM rate_limit_windows WHERE window_start < ?');
  let counted = 0;
  const storeFor = (namespace: string): SharedRateLimitStore => ({
    incr(key, callback, timeWindow) {
      try {
        if (timeWindow === undefined) throw new Error('the rate-limit plugin did not pass the time window');
        const at = now();
        const row = count.get({ key: `${namespace}${key}`, now: at, window: timeWindow })!;
        if (++counted % PURGE_EVERY === 0) purge.run(at - PURGE_AFTER_MS);
        callback(null, { current: row.current, ttl: timeWindow - (at - row.window_start) });
      } catch (error) {
        callback(error as Error);
      }
    },
    child(routeOptions) {
      const { method, url } = routeOptions.routeInfo ?? {};
      return storeFor(`${String(method)} ${url ?? ''}\n`);
    },
  });
  /** The plugin makes its store with `new store(options)`. */
  return function SharedStore() {
    return storeFor('global\n');
  } as unknown as FastifyRateLimitStoreCtor;
}
