import type { FastifyInstance } from 'fastify';
import { INVALID_URL_FORMAT } from '../errors/error-messages';
import { badRequest } from '../errors/obp-error';

/**
 * Answers only requests whose `Host` is one the sandbox is served as (HOST/PORT, or ALLOWED_HOSTS): a page on another
 * origin that rebinds its DNS name to 127.0.0.1 sends its own name and is refused. An empty list allows any.
 */
export function installHostAllowList(app: FastifyInstance, allowedHosts: readonly string[]): void {
  if (allowedHosts.length === 0) return;
  const allowed = new Set(allowedHosts.map((host) => host.toLowerCase()));
  app.addHook('onRequest', (request, _reply, done) => {
    const host = (request.headers.host ?? '').toLowerCase();
    done(allowed.has(host) ? undefined : badRequest(`${INVALID_URL_FORMAT}The Host header does not name this server.`));
  });
}

/** The default allow-list: the loopback names with the listening port, and the configured host itself. */
export function defaultAllowedHosts(host: string, port: number): string[] {
  const names = new Set(['127.0.0.1', 'localhost', '[::1]', host.includes(':') && !host.startsWith('[') ? `[${host}]` : host]);
  return [...names].map((name) => `${name}:${port}`);
}
