import { randomUUID } from 'node:crypto';
import replyFrom from '@fastify/reply-from';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  deskRolesAllow,
  matchDeskOperation,
  type DeskHealthAnswer,
  type DeskMeAnswer,
  type DeskSessionAnswer,
} from '@/api/schemas/desk-operations';
import type { DeskConfig, SandboxConfig } from '../config';
import type { SandboxDatabase } from '../database/sandbox-database';
import { BackendAuthenticationError, bankingServiceJwtSigner, openWealthTokenProvider, type FetchLike } from '../gateway/backend-credentials';
import { withoutHopByHopHeaders } from '../proxy/hop-by-hop-headers';
import { hashDirectLoginToken } from '../security/direct-login-tokens';
import { checkPassword, issueSessionToken } from '../security/password-sign-in';
import {
  DESK_BACKEND_AUTHENTICATION,
  DESK_BACKEND_UNREACHABLE,
  DESK_INVALID_BODY,
  DESK_INVALID_CREDENTIALS,
  DESK_LOCKED,
  DESK_NO_HEALTH_CHECK,
  DESK_NOT_SIGNED_IN,
  DESK_TOO_MANY_REQUESTS,
  DESK_UNKNOWN_OPERATION,
  DeskError,
  deskBackendTimeout,
  deskMissingRoles,
  sendDeskError,
} from './desk-errors';
import { createDeskStaffRepository, type DeskStaffMember } from './desk-staff-repository';
import { seedDeskStaff } from './desk-staff-seed';

const HOUR = 3_600_000;
const MINUTE = 60_000;
/** The client id recorded with each staff session. */
const DESK_CONSOLE_CLIENT = 'customer-desk-console';
const MAX_CORRELATION_ID_LENGTH = 64;
const MAX_CREDENTIAL_LENGTH = 128;
export const DESK_BACKEND_PREFIX = '/desk/backend';

/** `fetch` for the token endpoint and the health check, with the configured time limits. */
const timedFetch =
  (timeoutMs: number): FetchLike =>
  async (url, init) => {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    return { status: response.status, json: () => response.json() as Promise<unknown> };
  };

/** The caller's own correlation id when it is one the backends accept, else a new one. */
function correlationIdOf(request: FastifyRequest): string {
  const sent = request.headers['x-correlation-id'];
  return typeof sent === 'string' && /^[\x21-\x7e]{1,64}$/.test(sent) && sent.length <= MAX_CORRELATION_ID_LENGTH ? sent : randomUUID();
}

const bearerOf = (request: FastifyRequest): string | undefined => {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+([A-Za-z0-9_-]{16,128})$/.exec(header.trim()) : null;
  return match?.[1];
};

/** A 4xx another layer (body limits, JSON depth) gave the error, if any. */
const clientStatusOf = (error: unknown): number | undefined => {
  const { statusCode, status } = error as { statusCode?: unknown; status?: unknown };
  const value = typeof statusCode === 'number' ? statusCode : typeof status === 'number' ? status : undefined;
  return value !== undefined && value >= 400 && value < 500 ? value : undefined;
};

const failureCodes = (error: unknown): string[] => {
  const codes: string[] = [];
  for (let current: unknown = error; typeof current === 'object' && current !== null; current = (current as { cause?: unknown }).cause) {
    const code = (current as { code?: unknown }).code;
    const name = (current as { name?: unknown }).name;
    if (typeof code === 'string') codes.push(code);
    if (typeof name === 'string') codes.push(name);
    if (codes.length > 8) break;
  }
  return codes;
};

/**
 * Customer Desk's server on an OpenWealth (bLink) or bankingservice.ai backend (issue 9):
 * - staff accounts of its own: `POST /desk/session` (sign in), `DELETE /desk/session`, `GET /desk/me`, with
 *   DirectLogin's rules (scrypt, lockout, throttles, hashed expiring tokens) through the same code;
 * - `/desk/backend/*`: the signed-in staff member's call, checked against the one operation table
 *   (src/api/schemas/desk-operations.ts), forwarded with @fastify/reply-from to the backend with the backend token this
 *   server obtains (OAuth2 client credentials) or signs (JWT) and an `X-Correlation-ID`; the browser never sees a
 *   backend credential;
 * - `GET /desk/backend-health`: the backend's own health check (bLink's `/healthcheck`), as up or down.
 * Every refusal is in the backend's own error shape.
 */
export async function registerDeskRoutes(app: FastifyInstance, database: SandboxDatabase, config: SandboxConfig, desk: DeskConfig): Promise<void> {
  seedDeskStaff(database, desk.staffPassword, config.now, config.passwordCost);
  const staff = createDeskStaffRepository(database);
  const { backend } = desk;
  const kind = backend.kind;
  const fetchLike = timedFetch(desk.connectTimeoutMs + desk.responseTimeoutMs);

  const openWealthTokens =
    backend.kind === 'openwealth'
      ? openWealthTokenProvider({ baseUrl: backend.baseUrl, clientId: backend.clientId, clientSecret: backend.clientSecret, fetch: fetchLike, now: config.now })
      : undefined;
  const bankingServiceJwt =
    backend.kind === 'bankingservice' ? bankingServiceJwtSigner({ clientId: backend.clientId, privateKeyPem: backend.privateKeyPem, now: config.now }) : undefined;

  async function backendToken(): Promise<string> {
    try {
      return await (openWealthTokens ?? bankingServiceJwt)!.token();
    } catch (error) {
      throw error instanceof BackendAuthenticationError ? DESK_BACKEND_AUTHENTICATION() : DESK_BACKEND_UNREACHABLE();
    }
  }

  function authenticate(request: FastifyRequest): DeskStaffMember {
    const token = bearerOf(request);
    const userId = token && staff.sessions.findValidUserId(hashDirectLoginToken(token), config.now());
    const member = userId ? staff.findById(userId) : undefined;
    if (!member) throw DESK_NOT_SIGNED_IN();
    // Logs and the metrics row name the staff member by id, never by token.
    request.userId = member.userId;
    request.userName = member.username;
    return member;
  }

  const handleError = (error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) => {
    let deskError: DeskError;
    if (error instanceof DeskError) deskError = error;
    else if ((error as { statusCode?: number }).statusCode === 429 || (error as { status?: number }).status === 429) deskError = DESK_TOO_MANY_REQUESTS();
    else if (String((error as FastifyError).code ?? '').startsWith('FST_ERR_CTP_') || error instanceof SyntaxError) deskError = DESK_INVALID_BODY('The body is not valid JSON.');
    else if (clientStatusOf(error) !== undefined) deskError = new DeskError(clientStatusOf(error)!, 'DESK-10001', 'The request is not valid.');
    else {
      request.log.error({ err: error }, 'request failed');
      deskError = new DeskError(500, 'DESK-50000', 'Customer Desk could not process the request.');
    }
    return sendDeskError(kind, deskError, request, reply);
  };

  // Sign-in, sign-out, who am I, backend health: JSON in, JSON out.
  await app.register(async (scope) => {
    scope.setErrorHandler(handleError);

    const rateLimit = { max: config.loginRateLimitPerAddress, timeWindow: MINUTE };
    scope.post('/desk/session', { config: { rateLimit } }, async (request, reply) => {
      const body = request.body as { username?: unknown; password?: unknown } | undefined;
      const username = typeof body?.username === 'string' ? body.username.trim() : '';
      const password = typeof body?.password === 'string' ? body.password : '';
      if (username === '' || password === '') throw DESK_INVALID_BODY('username and password are required.');
      if (username.length > MAX_CREDENTIAL_LENGTH || password.length > MAX_CREDENTIAL_LENGTH) throw DESK_INVALID_BODY('username or password is too long.');
      const member = staff.findByUsername(username);
      const outcome = await checkPassword(staff.attempts, member, username, password, config);
      if (!outcome.ok) {
        if (outcome.refused === 'throttled') throw DESK_TOO_MANY_REQUESTS();
        throw outcome.refused === 'locked' ? DESK_LOCKED() : DESK_INVALID_CREDENTIALS();
      }
      const session = issueSessionToken(staff.sessions, {
        userId: outcome.userId,
        consumerId: DESK_CONSOLE_CLIENT,
        now: config.now(),
        ttlMs: desk.sessionTtlHours * HOUR,
        maximumPerUser: config.maximumTokensPerUser,
      });
      request.userId = outcome.userId;
      const answer: DeskSessionAnswer = { token: session.token, expires_at: new Date(session.expiresAt).toISOString() };
      return reply.code(201).header('Cache-Control', 'no-store').send(answer);
    });

    scope.delete('/desk/session', async (request, reply) => {
      authenticate(request);
      staff.sessions.revoke(hashDirectLoginToken(bearerOf(request)!));
      return reply.code(204).send();
    });

    scope.get('/desk/me', async (request, reply) => {
      const member = authenticate(request);
      const answer: DeskMeAnswer = { user_id: member.userId, username: member.username, display_name: member.displayName, roles: member.roles, backend: kind };
      return reply.header('Cache-Control', 'no-store').send(answer);
    });

    scope.get('/desk/backend-health', async (request) => {
      authenticate(request);
      if (kind !== 'openwealth') throw DESK_NO_HEALTH_CHECK();
      const checkedAt = new Date(config.now()).toISOString();
      try {
        // A backend that gives no token is as down as one that does not answer.
        const token = await backendToken();
        const response = await fetchLike(`${backend.baseUrl}/healthcheck`, {
          method: 'GET',
          headers: { authorization: `Bearer ${token}`, 'x-correlation-id': correlationIdOf(request), accept: 'application/json' },
        });
        if (response.status === 401) openWealthTokens?.invalidate();
        const body = (await response.json().catch(() => ({}))) as { status?: unknown; timestamp?: unknown };
        const answer: DeskHealthAnswer = {
          backend: kind,
          status: response.status === 200 ? 'up' : 'down',
          checked_at: checkedAt,
          ...(typeof body.status === 'string' ? { backend_status: body.status } : {}),
          ...(typeof body.timestamp === 'string' ? { backend_timestamp: body.timestamp } : {}),
        };
        return answer;
      } catch {
        const answer: DeskHealthAnswer = { backend: kind, status: 'down', checked_at: checkedAt };
        return answer;
      }
    });
  });

  // The forwarded calls: bodies stream through unparsed, as in the same-origin proxy (server/proxy/).
  await app.register(async (scope) => {
    await scope.register(replyFrom, {
      undici: { connectTimeout: desk.connectTimeoutMs, headersTimeout: desk.responseTimeoutMs, bodyTimeout: desk.responseTimeoutMs },
      disableRequestLogging: true,
    });
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    scope.setErrorHandler(handleError);

    const handler = async (request: FastifyRequest, reply: FastifyReply) => {
      const member = authenticate(request);
      const rest = request.url.slice(DESK_BACKEND_PREFIX.length);
      const queryAt = rest.indexOf('?');
      const path = queryAt === -1 ? rest : rest.slice(0, queryAt);
      const search = queryAt === -1 ? '' : rest.slice(queryAt);
      const match = matchDeskOperation(kind, request.method, path);
      if (!match) throw DESK_UNKNOWN_OPERATION();
      // bankingservice.ai: only the configured profile's customers are this console's.
      if (kind === 'bankingservice' && match.params.profileId !== desk.profileId) throw DESK_UNKNOWN_OPERATION();
      if (!deskRolesAllow(member.roles, match.operation.roles)) throw deskMissingRoles(match.operation.roles);
      const token = await backendToken();
      const correlationId = correlationIdOf(request);
      return reply.from(`${backend.baseUrl}${path}${search}`, {
        rewriteRequestHeaders: (_original, headers) => {
          const forwarded = withoutHopByHopHeaders(headers);
          // The staff session and any cookie are Customer Desk's, never the backend's.
          for (const name of Object.keys(forwarded)) {
            if (['authorization', 'cookie', 'x-correlation-id', 'x-psu-ip-address', 'x-psu-user-agent'].includes(name.toLowerCase())) delete forwarded[name];
          }
          forwarded.authorization = `Bearer ${token}`;
          forwarded['x-correlation-id'] = correlationId;
          if (kind === 'openwealth') {
            // bLink: the person at the keyboard (their address and browser), as its documentation asks.
            forwarded['x-psu-ip-address'] = request.ip;
            forwarded['x-psu-user-agent'] = typeof request.headers['user-agent'] === 'string' ? request.headers['user-agent'] : 'AUTO';
          }
          return forwarded as typeof headers;
        },
        rewriteHeaders: (headers) => {
          const kept = withoutHopByHopHeaders(headers);
          kept['x-correlation-id'] = correlationId;
          return kept as typeof headers;
        },
        // Nothing is retried: a write must never reach the backend twice.
        retryDelay: () => null,
        onResponse: (_request, forwardedReply, response) => {
          // The backend no longer takes the token (revoked, rotated): the next call obtains a new one.
          if (response.statusCode === 401) openWealthTokens?.invalidate();
          void forwardedReply.send(response.stream);
        },
        onError: (failedReply, { error }) => {
          const codes = failureCodes(error);
          const deskError =
            codes.includes('UND_ERR_HEADERS_TIMEOUT') || codes.includes('FST_REPLY_FROM_GATEWAY_TIMEOUT') || codes.includes('UND_ERR_CONNECT_TIMEOUT')
              ? deskBackendTimeout(desk.responseTimeoutMs)
              : DESK_BACKEND_UNREACHABLE();
          request.log.warn({ status: deskError.status, code: deskError.code }, 'backend failed');
          sendDeskError(kind, deskError, request, failedReply as FastifyReply);
        },
      });
    };
    scope.route({ method: ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'], url: `${DESK_BACKEND_PREFIX}/*`, handler, compress: false });
    scope.route({ method: ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'], url: DESK_BACKEND_PREFIX, handler, compress: false });
  });
}
