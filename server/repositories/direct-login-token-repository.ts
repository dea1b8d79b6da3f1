import type { SandboxDatabase } from '../database/sandbox-database';

/** Tokens are stored only as their SHA-256 (`tokenHash`); see security/tokens.ts. */
export type DirectLoginTokenRepository = ReturnType<typeof createDirectLoginTokenRepository>;

/** `table`: `direct_login_tokens`, or `desk_sessions` (Customer Desk's staff sessions, issue 9: same columns and rules). */
export function createDirectLoginTokenRepository(database: SandboxDatabase, table: 'direct_login_tokens' | 'desk_sessions' = 'direct_login_tokens') {
  const insert = database.prepare(
    `INSERT INTO ${table} (token_hash, user_id, consumer_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)`,
  );
  const validUser = database
    .prepare<[string, number], string>(`SELECT user_id FROM ${table} WHERE token_hash = ? AND expires_at > ?`)
    .pluck();
  const deleteExpired = database.prepare(`DELETE FROM ${table} WHERE expires_at <= ?`);
  const revoke = database.prepare(`DELETE FROM ${table} WHERE token_hash = ?`);
  // The newest `keep` tokens of the user stay (ties broken by rowid, the order they were made in).
  const keepNewest = database.prepare(`
    DELETE FROM ${table} WHERE user_id = @userId AND rowid NOT IN (
      SELECT rowid FROM ${table} WHERE user_id = @userId ORDER BY created_at DESC, rowid DESC LIMIT @keep)
  `);

  return {
    save(token: { tokenHash: string; userId: string; consumerId: string; createdAt: number; expiresAt: number }): void {
      insert.run(token.tokenHash, token.userId, token.consumerId, token.createdAt, token.expiresAt);
    },
    /** The user of an unexpired token, or undefined. */
    findValidUserId(tokenHash: string, now: number): string | undefined {
      return validUser.get(tokenHash, now);
    },
    deleteExpired(now: number): number {
      return deleteExpired.run(now).changes;
    },
    /** Sign-out: the token stops working at once. */
    revoke(tokenHash: string): boolean {
      return revoke.run(tokenHash).changes > 0;
    },
    /** At most `keep` live tokens per user: older ones are revoked (a forgotten session ends, a new one works). */
    keepNewest(userId: string, keep: number): number {
      return keepNewest.run({ userId, keep }).changes;
    },
  };
}
