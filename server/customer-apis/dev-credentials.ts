import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';

/**
 * DEVELOPMENT-ONLY credentials of the sandbox's customer APIs. They protect nothing but a local sandbox and are
 * published in the README; never use them against a real bLink or bankingservice.ai endpoint.
 *
 * - OpenWealth / bLink: OAuth2 clients (client credentials); the sandbox stores only scrypt hashes of the secret.
 * - bankingservice.ai: a client that signs its own JWTs. Its Ed25519 key pair is derived from a fixed, labelled seed
 *   (an Ed25519 private key is 32 bytes of seed), so every sandbox and every Customer Desk server in development
 *   agree on it without a key file in the repository; the sandbox registers only the public key.
 */
export const DEV_OPENWEALTH_CLIENT_SECRET = 'openwealth-sandbox-dev-secret';
export const DEV_OPENWEALTH_CLIENTS = [
  { clientId: 'customer-desk-openwealth', bankId: 'gh.29.uk', name: 'Customer Desk (OpenWealth, dev)' },
  { clientId: 'customer-desk-openwealth-de', bankId: 'GENODEM1GLS', name: 'Customer Desk (OpenWealth DE, dev)' },
] as const;

export const DEV_BANKINGSERVICE_CLIENT_ID = 'customer-desk-bankingservice';
const DEV_KEY_SEED_LABEL = 'customer-desk sandbox bankingservice.ai DEVELOPMENT-ONLY key (not a secret)';

/** PKCS #8 DER prefix of an Ed25519 private key (RFC 8410); the 32-byte seed follows. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export function devBankingServiceKeyPair(): { privateKey: KeyObject; publicKey: KeyObject } {
  const seed = createHash('sha256').update(DEV_KEY_SEED_LABEL).digest();
  const privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  return { privateKey, publicKey: createPublicKey(privateKey) };
}
