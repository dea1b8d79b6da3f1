import type { DirectLoginToken } from '@/api/schemas/auth';
import type { FastifyInstance } from 'fastify';
import {
  INVALID_CONSUMER_KEY,
  INVALID_DIRECT_LOGIN_HEADER,
  INVALID_LOGIN_CREDENTIALS,
  INVALID_VALUE_CHARACTERS,
  INVALID_VALUE_LENGTH,
  MISSING_DIRECT_LOGIN_HEADER,
  USERNAME_HAS_BEEN_LOCKED,
  directLoginMissingParameters,
} from '../errors/error-messages';
import { badRequest, tooManyRequests, unauthorized } from '../errors/obp-error';
import { invalidParameterProblem, readDirectLoginHeader } from '../http/direct-login-header';
import { hashDirectLoginToken } from '../security/direct-login-tokens';
import { checkPassword, issueSessionToken } from '../security/password-sign-in';
import type { ObpRequest } from '../http/obp-routes';
import type { RouteContext } from './route-context';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const CREDENTIAL_NAMES = ['username', 'password', 'consumer_key'] as const;

/**
 * `POST /my/logins/direct` at the server root (contract §A). Checks in OBP's order: a header at all (OBP-20082), an
 * Authorization header that is DirectLogin (OBP-20083), all three parameters (OBP-20002), their length and characters
 * (OBP-20010/20011), the consumer key (OBP-20008), a lock (OBP-20013, whatever the password), the credentials
 * (OBP-20004). Attempts in a row lock the username (known or not) for a while; a success resets the count. A lock
 * refuses new sign-ins only: sessions already open keep working, so a stranger cannot end them.
 */
export async function registerDirectLoginRoutes(app: FastifyInstance, context: RouteContext): Promise<void> {
  // Its own encapsulated context: the login reads only headers, so whatever body comes (the console sends an empty
  // one labelled JSON) is read and ignored, as OBP does, instead of failing JSON parsing.
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, _body, done) => done(null, undefined));
    registerLogin(scope, context);
  });
}

function registerLogin(app: FastifyInstance, { repositories, guards, config }: RouteContext): void {
  // Per address, beside the per-username throttle counted in SQLite with the attempts.
  const rateLimit = { max: config.loginRateLimitPerAddress, timeWindow: MINUTE };
  app.post('/my/logins/direct', { config: { rateLimit } }, async (request, reply) => {
    const header = readDirectLoginHeader(request.headers);
    if (header.kind === 'missing') throw badRequest(MISSING_DIRECT_LOGIN_HEADER);
    if (header.kind === 'other-authorization') throw badRequest(INVALID_DIRECT_LOGIN_HEADER);
    const { parameters } = header;
    const missing = CREDENTIAL_NAMES.filter((name) => !parameters.has(name));
    if (missing.length > 0) throw badRequest(directLoginMissingParameters(missing));
    const problem = invalidParameterProblem(parameters);
    if (problem) throw badRequest(problem === 'too-long' ? INVALID_VALUE_LENGTH : INVALID_VALUE_CHARACTERS);

    const consumer = repositories.consumers.findByKey(parameters.get('consumer_key')!);
    if (!consumer?.isEnabled) throw unauthorized(INVALID_CONSUMER_KEY);

    const password = parameters.get('password')!;
    const username = parameters.get('username')!;
    // Counted before the slow password check, in one statement: a parallel burst cannot pass the limit while its
    // checks run. Unknown usernames are counted and locked alike, so neither answer nor timing tells who exists.
    const user = repositories.users.findByUsername(username);
    const outcome = await checkPassword(repositories.loginAttempts, user, username, password, config);
    if (!outcome.ok) {
      if (outcome.refused === 'throttled') throw tooManyRequests();
      throw unauthorized(outcome.refused === 'locked' ? USERNAME_HAS_BEEN_LOCKED : INVALID_LOGIN_CREDENTIALS);
    }
    const { token } = issueSessionToken(repositories.tokens, {
      userId: user!.userId,
      consumerId: consumer.consumerId,
      now: config.now(),
      ttlMs: config.tokenTtlHours * HOUR,
      maximumPerUser: config.maximumTokensPerUser,
    });
    // The metrics row of this call names who signed in.
    request.userId = user!.userId;
    request.userName = user!.username;
    const body: DirectLoginToken = { token };
    return reply.code(201).send(body);
  });

  /**
   * Sandbox extension (OBP has no DirectLogin sign-out): `DELETE /my/logins/direct` with the token in the DirectLogin
   * header revokes that token at once; 204. On OBP this path answers 404 OBP-10404; the console calls it only when
   * the server declares the extension `token-revocation`, and ignores any failure.
   */
  if (!config.extensions.has('token-revocation')) return;
  app.delete('/my/logins/direct', async (request, reply) => {
    guards.authenticate(request as ObpRequest);
    const header = readDirectLoginHeader(request.headers);
    const token = header.kind === 'direct-login' ? header.parameters.get('token') : undefined;
    if (token !== undefined) repositories.tokens.revoke(hashDirectLoginToken(token));
    return reply.code(204).send();
  });
}
