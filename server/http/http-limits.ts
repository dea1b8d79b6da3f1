import type { ServerOptions } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { SandboxConfig } from '../config';
import { INVALID_JSON_FORMAT, INVALID_URL_FORMAT } from '../errors/error-messages';
import { badRequest, type ObpError } from '../errors/obp-error';

/**
 * The HTTP layer's limits: timeouts for a whole request, its headers and an idle connection (a body that never
 * finishes frees its socket), a connection cap, a body size cap, and a JSON nesting-depth cap checked without
 * recursion. Its own refusals (unparsable request, oversized headers, timeouts) answer in OBP's error shape.
 */
export function httpServerOptions(config: SandboxConfig): Partial<FastifyServerOptions> & { http: ServerOptions } {
  const headersTimeout = Math.min(config.headersTimeoutMs, config.requestTimeoutMs);
  return {
    bodyLimit: config.bodyLimitBytes,
    requestTimeout: config.requestTimeoutMs,
    connectionTimeout: config.connectionTimeoutMs,
    keepAliveTimeout: 5_000,
    return503OnClosing: true,
    // Node checks the request and header timeouts at this interval (30 s by default, too coarse for short timeouts).
    http: { headersTimeout, connectionsCheckingInterval: Math.max(100, Math.min(headersTimeout, 1_000)) },
    clientErrorHandler: (error: NodeJS.ErrnoException, socket: Socket) => {
      if (error.code === 'ECONNRESET' || socket.destroyed) return;
      const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
      const detail =
        status === 408 ? 'The request did not arrive in time.' : status === 431 ? 'The request headers are too large.' : 'The HTTP request could not be parsed.';
      const body = JSON.stringify({ code: status, message: `${INVALID_URL_FORMAT}${detail}` });
      if (socket.writable) {
        socket.write(
          `HTTP/1.1 ${status} ${status === 408 ? 'Request Timeout' : status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
            `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
        );
      }
      socket.destroy();
    },
  };
}

/** Applies the connection cap once the server exists. */
export function applyConnectionLimits(app: FastifyInstance, config: SandboxConfig): void {
  app.server.maxConnections = config.maximumConnections;
}

/**
 * How deep `text` nests arrays and objects, scanning characters once with a counter (no recursion, no parse): strings
 * and their escapes are skipped so brackets inside them do not count. Stops as soon as `limit` is passed.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text.charCodeAt(index);
    if (inString) {
      if (character === 0x5c) index += 1; // backslash: skip the escaped character
      else if (character === 0x22) inString = false;
    } else if (character === 0x22) inString = true;
    else if (character === 0x7b || character === 0x5b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (character === 0x7d || character === 0x5d) depth -= 1;
  }
  return false;
}

export const jsonTooDeep = (limit: number): ObpError => badRequest(`${INVALID_JSON_FORMAT} The JSON nests deeper than ${limit} levels.`);
