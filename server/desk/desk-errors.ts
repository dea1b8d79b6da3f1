import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DeskBackend } from '@/api/schemas/desk-operations';
import { BankingServiceError, sendBankingServiceError } from '../bankingservice/bankingservice-errors';
import { OpenWealthError, sendOpenWealthError, type OpenWealthErrorType } from '../openwealth/openwealth-errors';

/**
 * Customer Desk's own refusals (sign-in, roles, a backend that cannot be reached), answered in the configured
 * backend's own error shape so the console reads every failure one way per backend: an OpenWealth problem document
 * (`{type, title, detail, instance}`, application/problem+json) or bankingservice.ai's `{status, error, message}`.
 * The detail starts with a stable `DESK-xxxxx:` code, as OBP's messages start with theirs.
 */
export class DeskError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: string,
  ) {
    super(`${code}: ${text}`);
  }
}

export const DESK_NOT_SIGNED_IN = () => new DeskError(401, 'DESK-20001', 'Sign in to Customer Desk first.');
export const DESK_INVALID_CREDENTIALS = () => new DeskError(401, 'DESK-20002', 'Invalid username or password.');
export const DESK_LOCKED = () => new DeskError(401, 'DESK-20003', 'This username is locked after too many failed sign-ins. Try again later.');
export const deskMissingRoles = (roles: readonly string[]) =>
  new DeskError(403, 'DESK-20006', `You are missing one or more roles: ${roles.join(' or ')}.`);
export const DESK_INVALID_BODY = (detail: string) => new DeskError(400, 'DESK-10001', detail);
export const DESK_TOO_MANY_REQUESTS = () => new DeskError(429, 'DESK-10018', 'Too many requests. Try again in a minute.');
export const DESK_UNKNOWN_OPERATION = () => new DeskError(404, 'DESK-10404', 'Customer Desk does not forward this call to the backend.');
export const DESK_NO_HEALTH_CHECK = () => new DeskError(404, 'DESK-10405', 'This backend has no health check.');
export const DESK_BACKEND_UNREACHABLE = () => new DeskError(502, 'DESK-01001', 'Bad Gateway. The backend could not be reached.');
export const deskBackendTimeout = (milliseconds: number) =>
  new DeskError(504, 'DESK-01003', `Gateway Timeout. The backend did not answer in time. Waited ${milliseconds} ms.`);
export const DESK_BACKEND_AUTHENTICATION = () =>
  new DeskError(502, 'DESK-01004', 'Bad Gateway. The backend refused Customer Desk’s own credentials; ask an administrator.');

const OPENWEALTH_TYPES: Record<number, { type: OpenWealthErrorType; title: string }> = {
  400: { type: 'invalidPayload', title: 'The request is invalid' },
  401: { type: 'invalidToken', title: 'Not signed in' },
  403: { type: 'insufficientPrivileges', title: 'Insufficient privileges' },
  404: { type: 'resourceDoesNotExist', title: 'The resource does not exist' },
  429: { type: 'operationNotAllowed', title: 'Too many requests' },
  502: { type: 'serviceUnavailable', title: 'Service unavailable' },
  504: { type: 'serviceUnavailable', title: 'Service unavailable' },
};
const BANKINGSERVICE_PHRASES: Record<number, string> = {
  400: 'Invalid request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Resource not found',
  429: 'Too many requests',
  502: 'Bad gateway',
  504: 'Gateway timeout',
};

export function sendDeskError(backend: DeskBackend, error: DeskError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (backend === 'openwealth') {
    const { type, title } = OPENWEALTH_TYPES[error.status] ?? { type: 'technicalError' as const, title: 'Technical error' };
    return sendOpenWealthError(new OpenWealthError(error.status, type, title, error.message), request, reply);
  }
  return sendBankingServiceError(new BankingServiceError(error.status, BANKINGSERVICE_PHRASES[error.status] ?? 'Internal server error', error.message), reply);
}
