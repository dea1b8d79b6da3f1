import type { DirectLoginTokenRepository } from '../repositories/direct-login-token-repository';
import type { LoginAttemptRepository } from '../repositories/login-attempt-repository';
import { hashDirectLoginToken, newDirectLoginToken } from './direct-login-tokens';
import { unmatchablePasswordHash, verifyPassword, type PasswordCost } from './passwords';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export type SignInRules = {
  maximumFailedLogins: number;
  lockoutMinutes: number;
  loginRateLimitPerUser: number;
  now: () => number;
  /** The cost unknown usernames are checked at: the cost stored hashes have (lower in tests only). */
  passwordCost?: PasswordCost;
};

export type SignInOutcome = { ok: true; userId: string } | { ok: false; refused: 'locked' | 'throttled' | 'invalid-credentials' };

/**
 * The password check with its lockout, shared by OBP's DirectLogin and Customer Desk's own staff sign-in (issue 9):
 * the attempt is counted per username in one SQLite statement BEFORE the slow scrypt check (a parallel burst cannot
 * pass the limit while its checks run); unknown usernames are counted, locked and verified against an unmatchable hash
 * like known ones (neither answer nor timing tells who exists); a lock set while the check ran holds even for the right
 * password.
 */
export async function checkPassword(
  attempts: LoginAttemptRepository,
  user: { userId: string; passwordHash: string } | undefined,
  username: string,
  password: string,
  rules: SignInRules,
): Promise<SignInOutcome> {
  const now = rules.now();
  const claim = attempts.claim(username, now, {
    maximumFailures: rules.maximumFailedLogins,
    lockUntil: now + rules.lockoutMinutes * MINUTE,
    perMinute: rules.loginRateLimitPerUser,
  });
  if (claim.refused !== false) return { ok: false, refused: claim.refused };
  const matches = await verifyPassword(password, user?.passwordHash ?? unmatchablePasswordHash(rules.passwordCost));
  if (!user || !matches) {
    attempts.failed(username, rules.maximumFailedLogins, rules.now() + rules.lockoutMinutes * MINUTE);
    return { ok: false, refused: 'invalid-credentials' };
  }
  if (!attempts.succeeded(username, claim.attempt, rules.now())) return { ok: false, refused: 'locked' };
  attempts.prune(now - DAY);
  return { ok: true, userId: user.userId };
}

/**
 * A new session token: random, stored only as its SHA-256, expiring after `ttlMs`; the user keeps at most
 * `maximumPerUser` live ones (the oldest end). Returns the token, which only the caller ever sees.
 */
export function issueSessionToken(
  tokens: DirectLoginTokenRepository,
  session: { userId: string; consumerId: string; now: number; ttlMs: number; maximumPerUser: number },
): { token: string; expiresAt: number } {
  const token = newDirectLoginToken();
  tokens.deleteExpired(session.now);
  const expiresAt = session.now + session.ttlMs;
  tokens.save({ tokenHash: hashDirectLoginToken(token), userId: session.userId, consumerId: session.consumerId, createdAt: session.now, expiresAt });
  tokens.keepNewest(session.userId, session.maximumPerUser);
  return { token, expiresAt };
}
