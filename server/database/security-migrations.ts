import type { Migration } from './migrations';

/**
 * Migrations of issue 10 (versions 20–29): sign-in attempts counted per username, and OBP's API metrics (the audit
 * trail). Every version of KYC checks, documents and media: audit-migrations.ts (60).
 */
export const SECURITY_MIGRATIONS: readonly Migration[] = [
  {
    version: 20,
    description: 'sign-in attempts per username (known or not), counted before the password is checked',
    up: (database) =>
      database.exec(`
        CREATE TABLE login_attempts (
          -- the username as sent, whether or not a user has it: an unknown name locks the same way
          username TEXT PRIMARY KEY,
          -- attempts since the last success, counted when an attempt starts (before the slow password check)
          attempts INTEGER NOT NULL DEFAULT 0,
          -- epoch milliseconds; NULL when not locked
          locked_until INTEGER,
          last_attempt_at INTEGER NOT NULL,
          -- the per-username throttle: attempts in the minute that started at window_start (epoch milliseconds)
          window_start INTEGER NOT NULL,
          window_count INTEGER NOT NULL
        );
        CREATE INDEX login_attempts_by_last_attempt ON login_attempts (last_attempt_at);
      `),
  },
  {
    version: 21,
    description: "OBP's API metrics: one row per API call (who, when, which operation), the audit trail",
    up: (database) =>
      database.exec(`
        CREATE TABLE metrics (
          id INTEGER PRIMARY KEY,
          -- "" for an anonymous call
          user_id TEXT NOT NULL,
          user_name TEXT NOT NULL,
          -- path and query string as requested (OBP's S.uriAndQueryString)
          url TEXT NOT NULL,
          -- epoch milliseconds
          date INTEGER NOT NULL,
          app_name TEXT NOT NULL,
          developer_email TEXT NOT NULL,
          implemented_by_partial_function TEXT NOT NULL,
          implemented_in_version TEXT NOT NULL,
          consumer_id TEXT NOT NULL,
          verb TEXT NOT NULL,
          correlation_id TEXT NOT NULL,
          -- milliseconds
          duration INTEGER NOT NULL,
          source_ip TEXT NOT NULL,
          target_ip TEXT NOT NULL,
          status INTEGER NOT NULL
        );
        CREATE INDEX metrics_by_date ON metrics (date, id);
        CREATE INDEX metrics_by_user_and_date ON metrics (user_id, date, id);
      `),
  },
];
