import { createPrivateKey, randomUUID, type KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import { devBankingServiceKeyPair } from '../customer-apis/dev-credentials';

/**
 * How Customer Desk's server authenticates to a backend (issue 9), with the credentials only it holds:
 * - OpenWealth / bLink: an OAuth2 client-credentials token from `{baseUrl}/oauth/token`, reused until a minute before
 *   it expires (one request in flight at a time);
 * - bankingservice.ai: a short-lived JWT signed with the client's private key (jose), a new one per call.
 */
export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => Promise<{
  status: number;
  json: () => Promise<unknown>;
}>;

const REFRESH_MARGIN_MS = 60_000;

export class BackendAuthenticationError extends Error {}

export function openWealthTokenProvider(options: { baseUrl: string; clientId: string; clientSecret: string; fetch: FetchLike; now?: () => number }) {
  const now = options.now ?? Date.now;
  let cached: { token: string; expiresAt: number } | undefined;
  let pending: Promise<string> | undefined;

  async function fetchToken(): Promise<string> {
    const basic = Buffer.from(`${encodeURIComponent(options.clientId)}:${encodeURIComponent(options.clientSecret)}`).toString('base64');
    const response = await options.fetch(`${options.baseUrl}/oauth/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: 'grant_type=client_credentials',
    });
    const body = (await response.json()) as { access_token?: unknown; expires_in?: unknown; error?: unknown };
    if (response.status !== 200 || typeof body.access_token !== 'string') {
      throw new BackendAuthenticationError(`The OpenWealth token endpoint refused the client (${response.status} ${String(body.error ?? '')}).`);
    }
    const lifetimeSeconds = typeof body.expires_in === 'number' ? body.expires_in : 300;
    cached = { token: body.access_token, expiresAt: now() + lifetimeSeconds * 1000 };
    return body.access_token;
  }

  return {
    /** A valid bearer token, from the cache while it has more than a minute left. */
    async token(): Promise<string> {
      if (cached && cached.expiresAt - REFRESH_MARGIN_MS > now()) return cached.token;
      pending ??= fetchToken().finally(() => {
        pending = undefined;
      });
      return pending;
    },
    /** Forget the token (after the backend answered 401 to it). */
    invalidate(): void {
      cached = undefined;
    },
  };
}

const algorithmOf = (key: KeyObject): string => {
  switch (key.asymmetricKeyType) {
    case 'ed25519':
      return 'EdDSA';
    case 'ec':
      return 'ES256';
    case 'rsa':
      return 'RS256';
    default:
      throw new BackendAuthenticationError(`Unsupported key type ${key.asymmetricKeyType ?? 'unknown'} for bankingservice.ai.`);
  }
};

/** JWT lifetime: well inside the platform's five minutes. */
export const BANKINGSERVICE_JWT_LIFETIME_SECONDS = 60;

export function bankingServiceJwtSigner(options: { clientId: string; privateKeyPem: string | undefined; now?: () => number }) {
  const now = options.now ?? Date.now;
  const privateKey = options.privateKeyPem ? createPrivateKey(options.privateKeyPem) : devBankingServiceKeyPair().privateKey;
  const alg = algorithmOf(privateKey);
  return {
    async token(): Promise<string> {
      const issuedAt = Math.floor(now() / 1000);
      return new SignJWT({})
        .setProtectedHeader({ alg, typ: 'JWT' })
        .setIssuer(options.clientId)
        .setSubject(options.clientId)
        .setIssuedAt(issuedAt)
        .setExpirationTime(issuedAt + BANKINGSERVICE_JWT_LIFETIME_SECONDS)
        .setJti(randomUUID())
        .sign(privateKey);
    },
  };
}
