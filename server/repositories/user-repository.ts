import type { SandboxDatabase } from '../database/sandbox-database';
import { accessCacheOf } from './access-cache';

export type UserRecord = {
  userId: string;
  username: string;
  email: string;
  provider: string;
  passwordHash: string;
  failedLoginCount: number;
  /** Epoch milliseconds until which DirectLogin refuses the user; null when not locked. */
  lockedUntil: number | null;
};

export type EntitlementRecord = { entitlementId: string; userId: string; bankId: string; roleName: string };

type UserRow = {
  user_id: string;
  username: string;
  email: string;
  provider: string;
  password_hash: string;
  failed_login_count: number;
  locked_until: number | null;
};

const toRecord = (row: UserRow): UserRecord => ({
  userId: row.user_id,
  username: row.username,
  email: row.email,
  provider: row.provider,
  passwordHash: row.password_hash,
  failedLoginCount: row.failed_login_count,
  lockedUntil: row.locked_until,
});

export type UserRepository = ReturnType<typeof createUserRepository>;

export function createUserRepository(database: SandboxDatabase) {
  const columns = 'user_id, username, email, provider, password_hash, failed_login_count, locked_until';
  const byUsername = database.prepare<[string], UserRow>(`SELECT ${columns} FROM users WHERE username = ?`);
  const byId = database.prepare<[string], UserRow>(`SELECT ${columns} FROM users WHERE user_id = ?`);
  // Every authenticated request: the token's user in one statement (the token's primary key, then the user's), and
  // when the token expires, so that a cached answer is checked against the request's clock.
  const byToken = database.prepare<[string], UserRow & { expires_at: number }>(
    `SELECT ${columns.split(', ').map((column) => `users.${column}`).join(', ')}, direct_login_tokens.expires_at
     FROM direct_login_tokens JOIN users ON users.user_id = direct_login_tokens.user_id
     WHERE direct_login_tokens.token_hash = ?`,
  );
  const insertUser = database.prepare(
    'INSERT INTO users (user_id, username, email, provider, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertEntitlement = database.prepare(
    'INSERT INTO entitlements (entitlement_id, user_id, bank_id, role_name) VALUES (?, ?, ?, ?)',
  );
  const entitlements = database.prepare<[string], { entitlement_id: string; user_id: string; bank_id: string; role_name: string }>(
    'SELECT entitlement_id, user_id, bank_id, role_name FROM entitlements WHERE user_id = ? ORDER BY role_name, bank_id',
  );
  const roleKey = (bankId: string, roleName: string) => `${bankId}\u0000${roleName}`;
  const heldRoles = database
    .prepare<[string], { bank_id: string; role_name: string }>('SELECT bank_id, role_name FROM entitlements WHERE user_id = ?');
  // Read on every request (who is this, may they): cached, emptied by any write to users, entitlements or tokens.
  const cache = accessCacheOf(database);
  const tokenUsers = cache.lookup<{ user: UserRecord; expiresAt: number }>();
  const rolesOfUsers = cache.lookup<ReadonlySet<string>>();
  const resetFailures = database.prepare('UPDATE users SET failed_login_count = 0, locked_until = NULL WHERE user_id = ?');
  // One statement, so concurrent failed sign-ins all count.
  const recordFailure = database.prepare(
    `UPDATE users SET failed_login_count = failed_login_count + 1,
       locked_until = CASE WHEN failed_login_count + 1 >= ? THEN ? ELSE locked_until END
     WHERE user_id = ?`,
  );

  return {
    findByUsername(username: string): UserRecord | undefined {
      const row = byUsername.get(username);
      return row && toRecord(row);
    },
    findById(userId: string): UserRecord | undefined {
      const row = byId.get(userId);
      return row && toRecord(row);
    },
    /** The user of an unexpired DirectLogin token (stored as its SHA-256, `tokenHash`), or undefined. */
    findByValidToken(tokenHash: string, now: number): UserRecord | undefined {
      const found = tokenUsers.get(tokenHash, () => {
        const row = byToken.get(tokenHash);
        return row && { user: Object.freeze(toRecord(row)), expiresAt: row.expires_at };
      });
      return found && found.expiresAt > now ? found.user : undefined;
    },
    create(user: Pick<UserRecord, 'userId' | 'username' | 'email' | 'provider' | 'passwordHash'>, createdAt: string): void {
      insertUser.run(user.userId, user.username, user.email, user.provider, user.passwordHash, createdAt);
    },
    grant(entitlement: EntitlementRecord): void {
      insertEntitlement.run(entitlement.entitlementId, entitlement.userId, entitlement.bankId, entitlement.roleName);
    },
    entitlements(userId: string): EntitlementRecord[] {
      return entitlements.all(userId).map((row) => ({
        entitlementId: row.entitlement_id,
        userId: row.user_id,
        bankId: row.bank_id,
        roleName: row.role_name,
      }));
    },
    /** Whether the user holds `roleName` granted at `bankId` ("" for an any-bank role). */
    hasEntitlement(userId: string, bankId: string, roleName: string): boolean {
      const roles = rolesOfUsers.get(userId, () => new Set(heldRoles.all(userId).map((row) => roleKey(row.bank_id, row.role_name))))!;
      return roles.has(roleKey(bankId, roleName));
    },
    /** Counts a failed sign-in; the one that reaches `maximumFailures` locks the user until `lockUntil`. */
    recordFailedLogin(userId: string, maximumFailures: number, lockUntil: number): void {
      recordFailure.run(maximumFailures, lockUntil, userId);
    },
    resetLoginFailures(userId: string): void {
      resetFailures.run(userId);
    },
  };
}
