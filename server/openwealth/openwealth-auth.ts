import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SandboxConfig } from '../config';
import type { ApiClientRepository } from '../customer-apis/api-client-repository';
import { hashDirectLoginToken, newDirectLoginToken } from '../security/direct-login-tokens';
import { unmatchablePasswordHash, verifyPassword } from '../security/passwords';
import { expiredToken, invalidToken } from './openwealth-errors';

/** Lifetime of an OpenWealth access token, in seconds (bLink's tokens are short-lived too). */
export const OPENWEALTH_TOKEN_TTL_SECONDS = 3600;
export const OPENWEALTH_TOKEN_PATH = '/openwealth/oauth/token';

type TokenRequest = { grant_type?: unknown; client_id?: unknown; client_secret?: unknown; scope?: unknown };
type OAuthErrorCode = 'invalid_request' | 'invalid_client' | 'unsupported_grant_type';

/** Credentials from HTTP Basic (RFC 6749 §2.3.1, form-encoded id and secret) or, failing that, the body. */
function clientCredentials(request: FastifyRequest, body: TokenRequest): { id: string; secret: string; basic: boolean } | undefined {
  const authorization = request.headers.authorization;
  if (authorization?.toLowerCase().startsWith('basic ')) {
    const decoded = Buffer.from(authorization.slice(6).trim(), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    try {
      return { id: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)), basic: true };
    } catch {
      return undefined;
    }
  }
  if (typeof body.client_id === 'string' && typeof body.client_secret === 'string') return { id: body.client_id, secret: body.client_secret, basic: false };
  return undefined;
}

/**
 * The OAuth2 token endpoint (client-credentials grant, RFC 6749 §4.4) that bLink's service users obtain bearer tokens
 * from. Secrets are scrypt hashes; tokens are random, stored as SHA-256 hashes, and expire. Errors in RFC 6749's shape.
 */
export async function registerOpenWealthTokenRoute(app: FastifyInstance, clients: ApiClientRepository, config: SandboxConfig): Promise<void> {
  // Unknown client ids are checked against a hash of the stored secrets' cost (the same work, so the same time).
  const unmatchable = unmatchablePasswordHash(config.passwordCost);
  await app.register(async (scope) => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });
    const fail = (reply: FastifyReply, status: number, error: OAuthErrorCode, description: string, basic = false) => {
      if (status === 401) reply.header('WWW-Authenticate', basic ? 'Basic realm="openwealth"' : 'Bearer realm="openwealth"');
      return reply.code(status).header('Cache-Control', 'no-store').send({ error, error_description: description });
    };
    // A body that cannot be read is RFC 6749's invalid_request, not OBP's error.
    scope.setErrorHandler((error: FastifyError, request, reply) => {
      const status = typeof error.statusCode === 'number' && error.statusCode < 500 ? 400 : 500;
      if (status === 500) request.log.error({ err: error }, 'token request failed');
      return reply.code(status).header('Cache-Control', 'no-store').send(status === 400 ? { error: 'invalid_request', error_description: 'The request body could not be read.' } : { error: 'server_error' });
    });
    scope.post(OPENWEALTH_TOKEN_PATH, async (request, reply) => {
      const body = (request.body && typeof request.body === 'object' ? request.body : {}) as TokenRequest;
      if (body.grant_type === undefined) return fail(reply, 400, 'invalid_request', 'grant_type is required.');
      if (body.grant_type !== 'client_credentials') return fail(reply, 400, 'unsupported_grant_type', 'Only client_credentials is supported.');
      const credentials = clientCredentials(request, body);
      if (!credentials) return fail(reply, 401, 'invalid_client', 'Client authentication failed.');
      const client = clients.findOAuthClient(credentials.id);
      // Same work for an unknown client as for a known one, so timing does not tell which ids exist.
      const valid = await verifyPassword(credentials.secret, client?.secretHash ?? unmatchable);
      if (!client || !valid) return fail(reply, 401, 'invalid_client', 'Client authentication failed.', credentials.basic);
      const now = config.now();
      const token = newDirectLoginToken();
      clients.deleteExpiredTokens(now);
      clients.saveToken({ tokenHash: hashDirectLoginToken(token), clientId: client.clientId, createdAt: now, expiresAt: now + OPENWEALTH_TOKEN_TTL_SECONDS * 1000 });
      return reply
        .header('Cache-Control', 'no-store')
        .send({ access_token: token, token_type: 'Bearer', expires_in: OPENWEALTH_TOKEN_TTL_SECONDS });
    });
  });
}

export type OpenWealthCaller = { clientId: string; bankId: string };

/** The caller of an OpenWealth request: its bearer token's client and that client's bank, or an OpenWealth 401. */
export function authenticateOpenWealth(request: FastifyRequest, clients: ApiClientRepository, now: number): OpenWealthCaller {
  const authorization = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw invalidToken('An Authorization header with a Bearer access token is required.');
  const token = clients.findToken(hashDirectLoginToken(match[1]!));
  if (!token) throw invalidToken('The access token is not known.');
  if (token.expiresAt <= now) throw expiredToken();
  const client = clients.findOAuthClient(token.clientId);
  if (!client) throw invalidToken('The access token is not known.');
  return { clientId: client.clientId, bankId: client.bankId };
}
