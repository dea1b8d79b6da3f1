import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { INTERNAL_SERVER_ERROR, INVALID_JSON_FORMAT, INVALID_URI, TOO_MANY_REQUESTS } from '../errors/error-messages';
import { jsonDepthExceeds, jsonTooDeep } from './http-limits';
import { ObpError, uriNotFound } from '../errors/obp-error';

/** OBP accepts bodies whose Content-Type is JSON; anything else does not match its JsonPost/JsonPut routes. */
export function isJsonContentType(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  return mediaType !== undefined && mediaType.endsWith('json');
}

const FILE_SYSTEM_REFUSALS = new Set(['ENAMETOOLONG', 'ENOENT', 'ENOTDIR', 'EISDIR', 'EINVAL', 'ERR_INVALID_ARG_VALUE', 'ERR_INVALID_ARG_TYPE']);

/** Turns any error into the ObpError the client will see; Fastify's own error bodies never leave the server. */
export function toObpError(error: FastifyError | Error): ObpError {
  if (error instanceof ObpError) return error;
  const code = 'code' in error ? String(error.code) : '';
  const statusCode = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
  // Body parsing: unparsable or empty JSON, bad Content-Length, a body over the size limit (contract §0.2).
  if (code.startsWith('FST_ERR_CTP_') || (error instanceof SyntaxError && statusCode === 400)) {
    return new ObpError(statusCode === 413 ? 413 : 400, `${INVALID_JSON_FORMAT} ${error.message}`);
  }
  // The static file server's refusals (a path with `..`, `//`, NUL, a name too long for the file system…) and any
  // other client error of a plugin: not found, never a 500.
  if ((statusCode >= 400 && statusCode < 500) || FILE_SYSTEM_REFUSALS.has(code)) {
    return statusCode === 429 ? new ObpError(429, TOO_MANY_REQUESTS) : uriNotFound();
  }
  return new ObpError(500, INTERNAL_SERVER_ERROR);
}

/** `{"code": <status>, "message": …}`; a 401 for OBP-20001 also names the accepted schemes (contract §0.4). */
export function sendObpError(error: ObpError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error.message.includes('OBP-20001:')) {
    const realm = `${request.protocol}://${request.host}`;
    reply.header('WWW-Authenticate', `OAuth realm="${realm}", Bearer realm="${realm}", DirectLogin realm="${realm}"`);
  }
  return reply.code(error.status).type('application/json; charset=utf-8').send({ code: error.status, message: error.message });
}

export type NotFoundFallback = (request: FastifyRequest, reply: FastifyReply) => FastifyReply | undefined;

/**
 * Body parsing, the error handler and the OBP 404 (the JSON-only rule for POST/PUT is each route's: registerObpRoutes). `notFoundFallback` lets the
 * console's SPA answer browser navigations before the API's 404.
 */
export function installObpErrorHandling(app: FastifyInstance, notFoundFallback?: NotFoundFallback, maximumJsonDepth = 32): void {
  app.removeAllContentTypeParsers();
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser(/^[^;]*json\s*(;.*)?$/i, { parseAs: 'string' }, (request, body, done) => {
    // Before parsing: a deeply nested body would otherwise overflow the stack of any recursive walk after it.
    const text = String(body);
    if (jsonDepthExceeds(text, maximumJsonDepth)) return done(jsonTooDeep(maximumJsonDepth), undefined);
    return parseJson(request, text, done);
  });
  // Any other body is read and discarded: the routes that accept one have already answered 404 (below).
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, _body, done) => done(null, undefined));

  app.setErrorHandler((error: FastifyError | Error, request, reply) => {
    const obpError = toObpError(error);
    if (obpError.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendObpError(obpError, request, reply);
  });

  app.setNotFoundHandler((request, reply) => notFoundFallback?.(request, reply) ?? sendObpError(uriNotFound(), request, reply));
}

/** For Fastify's `frameworkErrors` option (malformed URLs): the same 404 as any unmatched request. */
export const frameworkErrorBody = { code: 404, message: INVALID_URI };
