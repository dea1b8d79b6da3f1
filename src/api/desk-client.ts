import type * as z from 'zod/mini';
import { clientSettings, parseBody, send } from './client';
import { ObpError } from './errors';
import { getToken } from './session-token';

/**
 * Calls to Customer Desk's own server on the OpenWealth and bankingservice.ai backends (issue 9): `/desk/session`,
 * `/desk/me`, `/desk/backend-health` and `/desk/backend/*`, which the server forwards to the backend with credentials
 * the browser never holds. The staff session token goes as a bearer token; failures become `ObpError`s (status, code,
 * message) whatever shape the backend gives them: an OpenWealth problem (`{type, title, detail}`) or
 * bankingservice.ai's `{status, error, message}`. The code is Customer Desk's `DESK-xxxxx` where the server refused,
 * else the backend's own error type or phrase.
 */
export type DeskRequestOptions<Schema extends z.ZodMiniType> = {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Below `/desk`, e.g. `/backend/customers` (build it with `path\`…\`` to encode ids). */
  path: string;
  schema: Schema;
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  signal?: AbortSignal;
  /** Send no session token (signing in). */
  anonymous?: boolean;
  /** This session token instead of the current one (signing out). */
  token?: string;
};

export type DeskResponse<T> = { data: T; headers: Headers; status: number };

const DESK_CODE = /^(DESK-\d{5}):/;

/** The error of a failed answer, read from either backend's error shape. */
export function deskErrorOf(status: number, body: unknown, statusText = ''): ObpError {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
  // OpenWealth: detail, else title; bankingservice.ai: message, else its phrase.
  const message = text(record.detail) ?? text(record.message) ?? text(record.title) ?? text(record.error) ?? `${status} ${statusText}`.trim();
  const code = DESK_CODE.exec(message)?.[1] ?? text(record.type) ?? text(record.error) ?? 'HTTP';
  return new ObpError(status, code, message);
}

export async function deskRequest<Schema extends z.ZodMiniType>(options: DeskRequestOptions<Schema>): Promise<DeskResponse<z.output<Schema>>> {
  const settings = clientSettings();
  const token = options.anonymous ? undefined : (options.token ?? getToken());
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(options.query ?? {})) if (value !== undefined && value !== '') search.set(key, String(value));
  const queryString = search.toString();
  const method = options.method ?? 'GET';
  const response = await send(`${settings.baseUrl}/desk${options.path}${queryString ? `?${queryString}` : ''}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
  if (!response.ok) {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    const error = deskErrorOf(response.status, body, response.statusText);
    if (token && response.status === 401 && error.code === 'DESK-20001') settings.onUnauthenticated();
    throw error;
  }
  const data = await parseBody(response, options.schema, `${method} /desk${options.path}`);
  return { data, headers: response.headers, status: response.status };
}
