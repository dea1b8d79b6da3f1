import { randomBytes, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Salted scrypt password hashes, stored as `scrypt$<N>$<r>$<p>$<salt base64>$<hash base64>` so the cost can change
 * without invalidating stored hashes.
 */
export type PasswordCost = { readonly N: number; readonly r: number; readonly p: number };

/** The cost of every hash the sandbox stores (16 MiB, tens of milliseconds): what `main.ts` and the CLI seed use. */
export const PASSWORD_COST: PasswordCost = { N: 16384, r: 8, p: 1 };

/**
 * A cost for unit tests only (`testSandboxConfig`), 16 times cheaper: a test sandbox seeds five hashes and signs in
 * up to four users, and the suite builds ~70 sandboxes. Nothing outside tests reads it; the environment cannot set it.
 */
export const TEST_PASSWORD_COST: PasswordCost = { N: 1024, r: 8, p: 1 };

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

const format = (options: PasswordCost, salt: Buffer, hash: Buffer) =>
  `scrypt$${options.N}$${options.r}$${options.p}$${salt.toString('base64')}$${hash.toString('base64')}`;

export function hashPassword(password: string, cost: PasswordCost = PASSWORD_COST): string {
  const salt = randomBytes(SALT_LENGTH);
  return format(cost, salt, scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, cost));
}

function scryptAsync(password: string, salt: Buffer, length: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, length, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** The cost a stored hash was made with, or undefined when it is not one of ours. */
export function costOf(stored: string): PasswordCost | undefined {
  const [scheme, n, r, p] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p) return undefined;
  return { N: Number(n), r: Number(r), p: Number(p) };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptAsync(password.normalize('NFC'), Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * A hash no password matches, verified for unknown usernames (and client ids) so they take as long as known ones:
 * made with the same cost as the stored hashes, so the equal work holds in tests too.
 */
export const unmatchablePasswordHash = (cost: PasswordCost = PASSWORD_COST) => format(cost, Buffer.alloc(SALT_LENGTH), Buffer.alloc(KEY_LENGTH));
