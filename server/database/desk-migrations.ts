import type { Migration } from './migrations';

/**
 * Customer Desk's own staff accounts (issue 9, versions 70–79): the people who sign in to the console when it runs on
 * an OpenWealth (bLink) or bankingservice.ai backend. They are Customer Desk's, not the backend's, so they live apart
 * from the sandbox's OBP users and keep working unchanged against a real backend. Same rules as DirectLogin: scrypt
 * hashes with a salt per user, attempts counted per username (known or not), tokens stored only as SHA-256.
 */
export const DESK_MIGRATIONS: readonly Migration[] = [
  {
    version: 70,
    description: 'Customer Desk staff accounts, their roles, sessions and sign-in attempts',
    up: (database) =>
      database.exec(`
        CREATE TABLE desk_staff (
          user_id TEXT PRIMARY KEY,
          username TEXT NOT NULL UNIQUE,
          display_name TEXT NOT NULL,
          -- scrypt$N$r$p$salt$hash (server/security/passwords.ts), a salt of its own per user
          password_hash TEXT NOT NULL,
          created_at TEXT NOT NULL
        );
        CREATE TABLE desk_staff_roles (
          user_id TEXT NOT NULL REFERENCES desk_staff (user_id) ON DELETE CASCADE,
          -- a DeskRole of src/api/schemas/desk-operations.ts
          role_name TEXT NOT NULL,
          PRIMARY KEY (user_id, role_name)
        );
        -- The columns of direct_login_tokens, so the same repository and rules serve both.
        CREATE TABLE desk_sessions (
          -- SHA-256 of the token, hex; the token itself is never stored
          token_hash TEXT PRIMARY KEY,
          user_id TEXT NOT NULL REFERENCES desk_staff (user_id) ON DELETE CASCADE,
          -- which client signed in: always the console here
          consumer_id TEXT NOT NULL,
          created_at INTEGER NOT NULL,
          expires_at INTEGER NOT NULL
        );
        CREATE INDEX desk_sessions_by_expiry ON desk_sessions (expires_at);
        -- The columns of login_attempts (server/repositories/login-attempt-repository.ts).
        CREATE TABLE desk_login_attempts (
          username TEXT PRIMARY KEY,
          attempts INTEGER NOT NULL DEFAULT 0,
          locked_until INTEGER,
          last_attempt_at INTEGER NOT NULL,
          window_start INTEGER NOT NULL,
          window_count INTEGER NOT NULL
        );
        CREATE INDEX desk_login_attempts_by_last_attempt ON desk_login_attempts (last_attempt_at);
      `),
  },
];
