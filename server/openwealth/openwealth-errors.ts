import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/** OpenWealth's commonErrorType (Common Data Model v1.2.2). */
export type OpenWealthErrorType =
  | 'invalidPayload'
  | 'malformedPayload'
  | 'invalidToken'
  | 'expiredToken'
  | 'insufficientPrivileges'
  | 'noAccessToResource'
  | 'resourceDoesNotExist'
  | 'resourceNotReady'
  | 'resourceTooLarge'
  | 'wrongMethod'
  | 'operationNotAllowed'
  | 'technicalError'
  | 'notImplemented'
  | 'serviceUnavailable';

/** An error the client sees as OpenWealth's RFC 7807 problem: `{type, title, detail, instance}`. */
export class OpenWealthError extends Error {
  constructor(
    readonly status: number,
    readonly type: OpenWealthErrorType,
    readonly title: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

export const invalidPayload = (detail: string) => new OpenWealthError(400, 'invalidPayload', 'The request is invalid', detail);
export const resourceDoesNotExist = (detail: string) => new OpenWealthError(404, 'resourceDoesNotExist', 'The resource does not exist', detail);
export const invalidToken = (detail: string) => new OpenWealthError(401, 'invalidToken', 'The access token is invalid', detail);
export const expiredToken = () => new OpenWealthError(401, 'expiredToken', 'The access token has expired', 'Obtain a new access token from the token endpoint.');
export const noAccessToResource = (detail: string) => new OpenWealthError(403, 'noAccessToResource', 'No access to the resource', detail);
export const wrongMethod = (method: string) => new OpenWealthError(405, 'wrongMethod', 'Method not allowed', `${method} is not supported by this resource.`);

/** Any error as the problem the client sees; Fastify's own bodies never leave the server. */
export function toOpenWealthError(error: FastifyError | Error): OpenWealthError {
  if (error instanceof OpenWealthError) return error;
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    const where = fastifyError.validationContext ?? 'body';
    return invalidPayload(`${where} ${fastifyError.validation.map((issue) => `${issue.instancePath || '/'} ${issue.message ?? 'is invalid'}`).join('; ')}`);
  }
  const code = fastifyError.code ?? '';
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new OpenWealthError(413, 'resourceTooLarge', 'The payload is too large', error.message);
  if (code.startsWith('FST_ERR_CTP_') || error instanceof SyntaxError) {
    return new OpenWealthError(400, 'malformedPayload', 'The payload is malformed', error.message);
  }
  return new OpenWealthError(500, 'technicalError', 'Technical error', 'The server could not process the request.');
}

export function sendOpenWealthError(error: OpenWealthError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error.status === 401) reply.header('WWW-Authenticate', `Bearer error="invalid_token"`);
  return reply
    .code(error.status)
    .header('Content-Language', 'en')
    .type('application/problem+json; charset=utf-8')
    .send({ type: error.type, title: error.title, detail: error.detail, instance: request.url.split('?')[0] });
}
