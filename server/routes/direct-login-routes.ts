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
import { badRequest, unauthorized } from '../errors/obp-error';
import { invalidParameterProblem, readDirectLoginHeader } from '../http/direct-login-header';
import { hashDirectLoginToken, newDirectLoginToken } from '../security/direct-login-tokens';
import { UNMATCHABLE_PASSWORD_HASH, verifyPassword } from '../security/passwords';
import type { RouteContext } from './route-context';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const CREDENTIAL_NAMES = ['username', 'password', 'consumer_key'] as const;

/**
 * `POST /my/logins/direct` at the server root (contract §A). Checks in OBP's order: a header at all (OBP-20082), an
 * Authorization header that is DirectLogin (OBP-20083), all three parameters (OBP-20002), their length and characters
 * (OBP-20010/20011), the consumer key (OBP-20008), a lock (OBP-20013, whatever the password), the credentials
 * (OBP-20004). Failures in a row lock the user for a while; a success resets the count.
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

function registerLogin(app: FastifyInstance, { repositories, config }: RouteContext): void {
  app.post('/my/logins/direct', async (request, reply) => {
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
    const user = repositories.users.findByUsername(parameters.get('username')!);
    if (!user) {
      // Same work as for a real user, so response times do not tell which usernames exist.
      await verifyPassword(password, UNMATCHABLE_PASSWORD_HASH);
      throw unauthorized(INVALID_LOGIN_CREDENTIALS);
    }
    const now = config.now();
    if (user.lockedUntil !== null) {
      if (user.lockedUntil > now) throw unauthorized(USERNAME_HAS_BEEN_LOCKED);
      repositories.users.resetLoginFailures(user.userId);
    }
    if (!(await verifyPassword(password, user.passwordHash))) {
      repositories.users.recordFailedLogin(user.userId, config.maximumFailedLogins, now + config.lockoutMinutes * MINUTE);
      throw unauthorized(INVALID_LOGIN_CREDENTIALS);
    }
    repositories.users.resetLoginFailures(user.userId);

    const token = newDirectLoginToken();
    repositories.tokens.deleteExpired(now);
    repositories.tokens.save({
      tokenHash: hashDirectLoginToken(token),
      userId: user.userId,
      consumerId: consumer.consumerId,
      createdAt: now,
      expiresAt: now + config.tokenTtlHours * HOUR,
    });
    const body: DirectLoginToken = { token };
    return reply.code(201).send(body);
  });
}
