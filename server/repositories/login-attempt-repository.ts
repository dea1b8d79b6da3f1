import type { SandboxDatabase } from '../database/sandbox-database';

/** What a sign-in attempt may do: go on to the password check (as attempt number `attempt`), or not (locked, throttled). */
export type AttemptClaim = { refused: 'locked' | 'throttled' } | { refused: false; attempt: number };

export type LoginAttemptRepository = ReturnType<typeof createLoginAttemptRepository>;

/**
 * Sign-in attempts per username, counted in one SQLite statement each so that parallel attempts cannot race:
 * `claim` counts an attempt BEFORE the slow password check (so a burst cannot pass the limit while its checks run),
 * `failed` locks once the count reaches the limit, `succeeded` resets the count only when no other attempt was
 * counted meanwhile and no lock was set. Usernames nobody has are counted and locked the same way, so a lock does not
 * tell which usernames exist. `table` is `login_attempts` (DirectLogin) or `desk_login_attempts` (Customer Desk's own
 * staff accounts, issue 9): the same rules over two sets of usernames.
 */
export function createLoginAttemptRepository(database: SandboxDatabase, table: 'login_attempts' | 'desk_login_attempts' = 'login_attempts') {
  // An expired lock starts a fresh count; an attempt beyond the limit sets the lock itself (a burst locks at once).
  type ClaimParameters = { username: string; now: number; maximum: number; lockUntil: number; perMinute: number };
  // `throttled` (on the old values): this minute's attempts are used up — the attempt is refused and not counted.
  const throttled = '(@now - window_start < 60000 AND window_count + 1 > @perMinute)';
  const lockExpired = '(locked_until IS NOT NULL AND locked_until <= @now)';
  const claim = database.prepare<[ClaimParameters], { attempts: number; locked_until: number | null; window_count: number }>(`
    INSERT INTO ${table} (username, attempts, locked_until, last_attempt_at, window_start, window_count)
    VALUES (@username, 1, NULL, @now, @now, 1)
    ON CONFLICT (username) DO UPDATE SET
      attempts = CASE
        WHEN ${throttled} THEN attempts
        WHEN ${lockExpired} THEN 1
        WHEN locked_until IS NOT NULL THEN attempts
        ELSE attempts + 1 END,
      locked_until = CASE
        WHEN ${throttled} THEN locked_until
        WHEN ${lockExpired} THEN NULL
        WHEN locked_until IS NOT NULL THEN locked_until
        WHEN attempts + 1 > @maximum THEN @lockUntil
        ELSE NULL END,
      window_count = CASE WHEN @now - window_start >= 60000 THEN 1 ELSE window_count + 1 END,
      window_start = CASE WHEN @now - window_start >= 60000 THEN @now ELSE window_start END,
      last_attempt_at = @now
    RETURNING attempts, locked_until, window_count
  `);
  const fail = database.prepare<[number, string, number]>(
    `UPDATE ${table} SET locked_until = ? WHERE username = ? AND attempts >= ? AND locked_until IS NULL`,
  );
  // Back to 0 only when this attempt was the last one counted; otherwise just give back this attempt's count.
  const succeed = database.prepare<[{ username: string; attempt: number; now: number }], { locked_until: number | null }>(`
    UPDATE ${table} SET attempts = CASE WHEN attempts = @attempt THEN 0 ELSE max(attempts - 1, 0) END
    WHERE username = @username AND (locked_until IS NULL OR locked_until <= @now)
    RETURNING locked_until
  `);
  const prune = database.prepare(`DELETE FROM ${table} WHERE last_attempt_at < ? AND (locked_until IS NULL OR locked_until <= ?)`);

  return {
    claim(username: string, now: number, limits: { maximumFailures: number; lockUntil: number; perMinute: number }): AttemptClaim {
      const row = claim.get({ username, now, maximum: limits.maximumFailures, lockUntil: limits.lockUntil, perMinute: limits.perMinute })!;
      if (row.locked_until !== null && row.locked_until > now) return { refused: 'locked' };
      if (row.window_count > limits.perMinute) return { refused: 'throttled' };
      return { refused: false, attempt: row.attempts };
    },
    /** A wrong password: the attempt stays counted; the one that reaches `maximumFailures` locks until `lockUntil`. */
    failed(username: string, maximumFailures: number, lockUntil: number): void {
      fail.run(lockUntil, username, maximumFailures);
    },
    /** The right password: false when a lock was set meanwhile (a lock set during a burst holds). */
    succeeded(username: string, attempt: number, now: number): boolean {
      return succeed.get({ username, attempt, now }) !== undefined;
    },
    /** Forgets counts untouched since `before` (unlocked ones only): the table does not grow with guessed names. */
    prune(before: number): number {
      return prune.run(before, before).changes;
    },
  };
}
