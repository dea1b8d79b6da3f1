import type { Migration } from './migrations';

/** Migrations of issue 12's fifth round (versions 110–119): state the server's worker processes share. */
export const LOAD_MIGRATIONS: readonly Migration[] = [
  {
    version: 110,
    description: 'rate-limit windows shared by the worker processes of one database (SANDBOX_WORKERS > 1)',
    up: (database) =>
      database.exec(`
        CREATE TABLE rate_limit_windows (
          -- the limit's namespace (global, or the route's method and URL) and the client's key (its address)
          key TEXT PRIMARY KEY,
          -- requests counted in the window that started at window_start (epoch milliseconds)
          count INTEGER NOT NULL,
          window_start INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX rate_limit_windows_by_start ON rate_limit_windows (window_start);
      `),
  },
];
