import type { FastifyError, FastifyReply } from 'fastify';

/**
 * bankingservice.ai publishes its error statuses with a description only ("400 Invalid request", "404 Resource not
 * found", application/json) and no body schema. The sandbox answers `{"status": <code>, "error": <that description>,
 * "message": <what is wrong>}` so a client can show the documented phrase and the detail.
 */
export class BankingServiceError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
  ) {
    super(message);
  }
}

export const invalidRequest = (message: string) => new BankingServiceError(400, 'Invalid request', message);
export const resourceNotFound = (message: string) => new BankingServiceError(404, 'Resource not found', message);
export const unauthorized = (message: string) => new BankingServiceError(401, 'Unauthorized', message);
export const methodNotAllowed = (method: string) => new BankingServiceError(405, 'Method not allowed', `${method} is not supported by this resource.`);

export function toBankingServiceError(error: FastifyError | Error): BankingServiceError {
  if (error instanceof BankingServiceError) return error;
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    return invalidRequest(fastifyError.validation.map((issue) => `${fastifyError.validationContext ?? 'body'}${issue.instancePath} ${issue.message ?? 'is invalid'}`).join('; '));
  }
  const code = fastifyError.code ?? '';
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new BankingServiceError(413, 'Payload too large', error.message);
  if (code.startsWith('FST_ERR_CTP_') || error instanceof SyntaxError) return invalidRequest(`The body is not valid JSON: ${error.message}`);
  return new BankingServiceError(500, 'Internal server error', 'The request could not be processed.');
}

export function sendBankingServiceError(error: BankingServiceError, reply: FastifyReply): FastifyReply {
  if (error.status === 401) reply.header('WWW-Authenticate', 'Bearer');
  return reply.code(error.status).type('application/json; charset=utf-8').send({ status: error.status, error: error.error, message: error.message });
}
