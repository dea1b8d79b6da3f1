import { randomBytes, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Salted scrypt password hashes, stored as `scrypt$<N>$<r>$<p>$<salt base64>$<hash base64>` so the cost can change
 * without invalidating stored hashes.
 */
const COST = { N: 16384, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

const format = (options: typeof COST, salt: Buffer, hash: Buffer) =>
  `scrypt$${options.N}$${options.r}$${options.p}$${salt.toString('base64')}$${hash.toString('base64')}`;

export function hashPassword(password: string): string {
  const salt = randomBytes(SALT_LENGTH);
  return format(COST, salt, scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, COST));
}

function scryptAsync(password: string, salt: Buffer, length: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, length, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
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

/** A hash no password matches, verified for unknown usernames so they take as long as known ones. */
export const UNMATCHABLE_PASSWORD_HASH = format(COST, Buffer.alloc(SALT_LENGTH), Buffer.alloc(KEY_LENGTH));
