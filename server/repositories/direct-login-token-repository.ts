import type { SandboxDatabase } from '../database/sandbox-database';

/** Tokens are stored only as their SHA-256 (`tokenHash`); see security/tokens.ts. */
export type DirectLoginTokenRepository = ReturnType<typeof createDirectLoginTokenRepository>;

export function createDirectLoginTokenRepository(database: SandboxDatabase) {
  const insert = database.prepare(
    'INSERT INTO direct_login_tokens (token_hash, user_id, consumer_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
  );
  const validUser = database
    .prepare<[string, number], string>('SELECT user_id FROM direct_login_tokens WHERE token_hash = ? AND expires_at > ?')
    .pluck();
  const deleteExpired = database.prepare('DELETE FROM direct_login_tokens WHERE expires_at <= ?');

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
  };
}
