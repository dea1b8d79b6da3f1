import replyFrom from '@fastify/reply-from';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ObpProxyConfig } from '../config';
import { ObpError } from '../errors/obp-error';
import { sendObpError } from '../http/obp-error-handling';
import { withoutHopByHopHeaders, type Headers } from './hop-by-hop-headers';
import { OBP_SERVER_UNREACHABLE, connectTimeoutMessage, responseTimeoutMessage } from './proxy-error-messages';

/** What the proxy forwards: the whole OBP API and DirectLogin (the only call outside `/obp/`). */
export const PROXIED_PATHS = ['/obp/*', '/my/logins/direct'] as const;
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

const errorCodeOf = (error: unknown): string | undefined => {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
};

/** The upstream failure (reply-from wraps undici's error in `cause`) as the OBP error the console gets. */
export function proxyFailure(error: unknown, config: ObpProxyConfig): ObpError {
  const cause = typeof error === 'object' && error !== null && 'cause' in error ? (error as { cause: unknown }).cause : undefined;
  const codes = [errorCodeOf(cause), errorCodeOf(error)];
  if (codes.includes('UND_ERR_CONNECT_TIMEOUT')) return new ObpError(504, connectTimeoutMessage(config.connectTimeoutMs));
  if (codes.includes('UND_ERR_HEADERS_TIMEOUT') || codes.includes('FST_REPLY_FROM_GATEWAY_TIMEOUT')) {
    return new ObpError(504, responseTimeoutMessage(config.responseTimeoutMs));
  }
  // Refused, reset, unknown host, TLS failure, a malformed answer: the gateway got no usable response.
  return new ObpError(502, OBP_SERVER_UNREACHABLE);
}

/** The request's headers as the OBP server gets them: no hop-by-hop headers, and who asked, through which host. */
export function forwardedRequestHeaders(request: FastifyRequest, headers: Headers): Headers {
  const forwarded = withoutHopByHopHeaders(headers);
  const previous = request.headers['x-forwarded-for'];
  const chain = Array.isArray(previous) ? previous.join(', ') : previous;
  forwarded['x-forwarded-for'] = chain ? `${chain}, ${request.ip}` : request.ip;
  forwarded['x-forwarded-proto'] = request.protocol;
  // The host the browser asked for (reply-from has already set `host` to the OBP server's).
  forwarded['x-forwarded-host'] = request.headers.host ?? '';
  return forwarded;
}

/**
 * Forwards the OBP API to `config.target` (issue 8 §6) with @fastify/reply-from (undici underneath): bodies are
 * streamed both ways, never parsed, buffered or logged; hop-by-hop headers are dropped in both directions;
 * `X-Forwarded-For`/`-Proto`/`-Host` are set; a failure to connect or to answer in time is an OBP-shaped 502 or 504.
 * Nothing is retried: a write must not be sent twice. Registered in its own encapsulated context so that the body
 * parsers of the rest of the app (JSON only) do not apply here.
 */
export async function registerObpProxy(app: FastifyInstance, config: ObpProxyConfig): Promise<void> {
  await app.register(async (proxy) => {
    await proxy.register(replyFrom, {
      base: config.target,
      undici: {
        connectTimeout: config.connectTimeoutMs,
        headersTimeout: config.responseTimeoutMs,
        bodyTimeout: config.responseTimeoutMs,
      },
      // reply-from would log each request's path twice more; the app logs method, path and status once.
      disableRequestLogging: true,
    });

    // Every body reaches the handler as the raw stream, whatever its type, and is piped to the OBP server.
    proxy.removeAllContentTypeParsers();
    proxy.addContentTypeParser('*', (_request, payload, done) => done(null, payload));

    const handler = (request: FastifyRequest, reply: FastifyReply) =>
      reply.from(request.url, {
        rewriteRequestHeaders: (_original, headers) => forwardedRequestHeaders(request, headers) as typeof headers,
        rewriteHeaders: (headers) => withoutHopByHopHeaders(headers) as typeof headers,
        // No retries at all (reply-from retries a GET answered 503 by default).
        retryDelay: () => null,
        onError: (failedReply, { error }) => {
          const obpError = proxyFailure(error, config);
          request.log.warn({ status: obpError.status, code: obpError.obpCode }, 'OBP server failed');
          sendObpError(obpError, request, failedReply as FastifyReply);
        },
      });

    for (const url of PROXIED_PATHS) proxy.route({ method: [...METHODS], url, handler });
  });
}
