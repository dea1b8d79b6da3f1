import type { SandboxDatabase } from '../database/sandbox-database';

/**
 * What every authenticated request reads before its own work — the token's user, the user's roles, the bank — kept
 * in memory, so that a request does not pay three to five SQLite statements for answers that change a few times a
 * day. The profile under load (README, Benchmarks) showed these reads as the largest part of a small request's handler.
 *
 * Correctness first, a cached answer is never staler than the database:
 * - every write to the tables these answers come from — `users`, `entitlements`, `direct_login_tokens`, `banks`,
 *   `bank_routings` — empties the cache at once, through TEMP triggers of this connection that call back into
 *   JavaScript (`access_cache_changed()`). A trigger catches every write of the connection, whichever repository
 *   object or test made it: sign-out, a role granted or revoked, a user locked or changed, a new bank;
 * - a write by another connection (another process on the same database file) changes SQLite's `data_version`,
 *   which is read once per turn of the event loop (the first cached answer used in the turn reads it, the others
 *   reuse it — `setImmediate` forgets it after the turn's I/O callbacks); on a change the cache is emptied. That is
 *   still exact for every request that could have seen the other write: a write acknowledged before a request was
 *   sent committed before the poll that delivered the request returned, so before the turn's first read. Under
 *   load a turn serves dozens of requests, and over a shared file the pragma is a read transaction with its locks:
 *   read per request, it was ~13 % of a worker's CPU with two workers (per turn, well under 1 %);
 * - each entry also lives at most {@link ACCESS_CACHE_TTL_MS}, and a token's entry never outlives the token
 *   (its `expiresAt` is checked against the request's clock by the caller).
 *
 * Only found values are kept (an unknown token or bank reads the database every time), and each map holds at most
 * {@link ACCESS_CACHE_MAX_ENTRIES} entries (beyond that it starts again empty), so no input can grow the memory.
 */
export const ACCESS_CACHE_TTL_MS = 5_000;
export const ACCESS_CACHE_MAX_ENTRIES = 10_000;

/** The tables whose rows the cached answers are read from. */
export const ACCESS_TABLES = ['users', 'entitlements', 'direct_login_tokens', 'banks', 'bank_routings'] as const;

export type CachedLookup<Value> = {
  /** The cached value of `key`, else `load()`'s (kept when it is not undefined). */
  get(key: string, load: () => Value | undefined): Value | undefined;
};

/**
 * A lookup of answers read from other tables than the access tables (e.g. a customer's serialised JSON): emptied by
 * any write to `tables` on this connection (TEMP triggers, made when the lookup is made) and, like every lookup, by a
 * change of `data_version` and after {@link ACCESS_CACHE_TTL_MS}; at most `maxEntries` entries.
 */
export type AnswerLookupOptions = { tables: readonly string[]; maxEntries?: number };

export type AccessCache = {
  /** A lookup emptied by writes to the access tables ({@link ACCESS_TABLES}), or to `options.tables` when given. */
  lookup<Value>(options?: AnswerLookupOptions): CachedLookup<Value>;
  /** Empties every lookup (also done by the triggers and by a change of `data_version`). */
  clear(): void;
};

const caches = new WeakMap<SandboxDatabase, AccessCache>();

/** The access cache of a connection: one per database object, shared by every repository made over it. */
export function accessCacheOf(database: SandboxDatabase, clock: () => number = () => performance.now()): AccessCache {
  let cache = caches.get(database);
  if (!cache) {
    cache = createAccessCache(database, clock);
    caches.set(database, cache);
  }
  return cache;
}

function createAccessCache(database: SandboxDatabase, clock: () => number): AccessCache {
  type Entries = Map<string, { value: unknown; storedAt: number }>;
  const maps: Entries[] = [];
  const accessMaps: Entries[] = [];
  const clear = () => {
    for (const map of maps) map.clear();
  };
  database.function('access_cache_changed', { deterministic: false }, () => {
    for (const map of accessMaps) map.clear();
    return null;
  });
  /** The answer lookups each table's writes empty. */
  const answerMaps = new Map<string, Entries[]>();
  database.function('answer_cache_changed', { deterministic: false }, (table: unknown) => {
    for (const map of answerMaps.get(String(table)) ?? []) map.clear();
    return null;
  });
  const watchTable = (table: string, map: Entries) => {
    if (!/^[a-z_]+$/.test(table)) throw new Error(`not a table name: ${table}`);
    const watching = answerMaps.get(table);
    if (watching) {
      watching.push(map);
      return;
    }
    answerMaps.set(table, [map]);
    for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
      database.exec(
        `CREATE TEMP TRIGGER IF NOT EXISTS answer_cache_${table}_${event.toLowerCase()} AFTER ${event} ON main.${table}
         BEGIN SELECT answer_cache_changed('${table}'); END`,
      );
    }
  };
  for (const table of ACCESS_TABLES) {
    for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
      database.exec(
        `CREATE TEMP TRIGGER IF NOT EXISTS access_cache_${table}_${event.toLowerCase()} AFTER ${event} ON main.${table}
         BEGIN SELECT access_cache_changed(); END`,
      );
    }
  }
  const dataVersion = database.prepare<[], number>('PRAGMA data_version').pluck();
  let seenVersion = dataVersion.get();
  let versionChecked = false;
  const forgetVersionCheck = () => {
    versionChecked = false;
  };
  /** Once per turn of the event loop: its requests' guards read many cached answers, one statement checks them all. */
  const checkVersion = () => {
    if (versionChecked) return;
    versionChecked = true;
    setImmediate(forgetVersionCheck);
    const version = dataVersion.get();
    if (version !== seenVersion) {
      seenVersion = version;
      clear();
    }
  };

  return {
    clear,
    lookup<Value>(options?: AnswerLookupOptions): CachedLookup<Value> {
      const map: Entries = new Map();
      // Every map is emptied by clear() (a change of data_version); an answer lookup only by its own tables' writes.
      maps.push(map);
      if (options) for (const table of options.tables) watchTable(table, map);
      else accessMaps.push(map);
      const maxEntries = options?.maxEntries ?? ACCESS_CACHE_MAX_ENTRIES;
      return {
        get(key, load) {
          checkVersion();
          const now = clock();
          const entry = map.get(key);
          if (entry && now - entry.storedAt < ACCESS_CACHE_TTL_MS) return entry.value as Value;
          const value = load();
          if (value === undefined) {
            map.delete(key);
            return undefined;
          }
          if (map.size >= maxEntries) map.clear();
          map.set(key, { value, storedAt: now });
          return value;
        },
      };
    },
  };
}
