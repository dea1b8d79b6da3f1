import { createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { decodeJwt, errors, jwtVerify } from 'jose';
import type { ApiClientRepository } from '../customer-apis/api-client-repository';
import { unauthorized } from './bankingservice-errors';

/** The algorithms a client may sign with; `none` and HMAC never (the platform holds public keys only). */
export const BANKINGSERVICE_JWT_ALGORITHMS = ['EdDSA', 'ES256', 'RS256', 'PS256'];
/** A client's JWT lives at most this long (its `iat` to now), whatever its `exp` says. */
export const BANKINGSERVICE_MAX_TOKEN_AGE_SECONDS = 300;

/**
 * bankingservice.ai's Enterprise API authentication: a bearer JWT the client creates and signs with its own private
 * key; the platform checks it with the public key registered for the client named in `iss` (or `sub`). Verified
 * with `jose`: signature, algorithm, `exp` (required), `iat` (required, at most 5 minutes old), `nbf`.
 */
export async function authenticateBankingService(request: FastifyRequest, clients: ApiClientRepository, now: number): Promise<{ clientId: string }> {
  const match = /^Bearer\s+(\S+)$/i.exec((request.headers.authorization ?? '').trim());
  if (!match) throw unauthorized('An Authorization header with a Bearer JWT is required.');
  const jwt = match[1]!;
  let clientId: string | undefined;
  try {
    const claims = decodeJwt(jwt);
    clientId = claims.iss ?? claims.sub;
  } catch {
    throw unauthorized('The bearer token is not a JWT.');
  }
  const client = clientId === undefined ? undefined : clients.findJwtClient(clientId);
  if (!client) throw unauthorized('The token names no registered client.');
  const publicKey: KeyObject = createPublicKey({ key: JSON.parse(client.publicKey) as JsonWebKey, format: 'jwk' });
  try {
    await jwtVerify(jwt, publicKey, {
      algorithms: BANKINGSERVICE_JWT_ALGORITHMS,
      requiredClaims: ['exp', 'iat'],
      maxTokenAge: BANKINGSERVICE_MAX_TOKEN_AGE_SECONDS,
      clockTolerance: 30,
      currentDate: new Date(now),
    });
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw unauthorized('The token has expired.');
    throw unauthorized('The token could not be verified.');
  }
  return { clientId: client.clientId };
}
