import { INVALID_URI, TOO_MANY_REQUESTS, USER_NOT_LOGGED_IN } from './error-messages';

/**
 * The one error type of the sandbox. The error handler turns it into OBP's body `{"code": <status>, "message": …}`.
 * `status` follows OBP's `errorJsonResponse` (contract §0.4): 401 for OBP-20001, 403 for OBP-20006, else the code
 * path's own status.
 */
export class ObpError extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.name = 'ObpError';
    this.status = status;
  }

  /** The `OBP-xxxxx` code at the start of the message. */
  get obpCode(): string | undefined {
    return /^OBP-\d{5}/.exec(this.message)?.[0];
  }
}

export const badRequest = (message: string) => new ObpError(400, message);
export const unauthorized = (message: string) => new ObpError(401, message);
export const forbidden = (message: string) => new ObpError(403, message);
export const notFound = (message: string) => new ObpError(404, message);
export const tooManyRequests = () => new ObpError(429, TOO_MANY_REQUESTS);

export const userNotLoggedIn = () => unauthorized(USER_NOT_LOGGED_IN);
export const uriNotFound = () => notFound(INVALID_URI);
