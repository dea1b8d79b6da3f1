import { hostname } from 'node:os';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { LogStream } from '../config';

/** What the line of a completed request says: method, path (never the query), status, the signed-in user, never a token. */
export type CompletedRequest = { time: number; reqId: string; method: string; path: string; statusCode: number; userId: string | undefined; responseTime: number };

const pathOf = (url: string): string => {
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
};

/** Printable ASCII without `"` or `\`: a value JSON writes as it is, between quotes. */
const PLAIN_JSON_TEXT = /^[ !#-[\]-~]*$/;

/**
 * The last time written and its text: a millisecond count is formatted through V8's double-to-string, and many
 * requests complete in the same millisecond under load.
 */
let lastTime = Number.NaN;
let lastTimeText = '';
const timeText = (time: number): string => {
  if (time !== lastTime) {
    lastTime = time;
    lastTimeText = String(time);
  }
  return lastTimeText;
};

/**
 * The line pino writes for `request.log.info({ req, res, responseTime }, 'request completed')` with the app's
 * serializers (level, time, pid, hostname, reqId, req, res, responseTime, msg — in that order), built as one template
 * string: pino's generic serialisation of the same object (its key walk, serializers and stringify) was ~6 % of a GET
 * customer's server time under load. `bytes` is its size in UTF-8 when that is its length — every value plain ASCII,
 * as nearly always — so that the log destination need not measure it (`Buffer.byteLength`, ~3,000 instructions a
 * line); `asciiBindings` says whether `bindings` is.
 *
 * The values are quoted here when they are plain ASCII (the request id, the method, the path, a user id nearly always
 * are): `JSON.stringify` of a short string goes through V8's runtime, ~1,500 instructions a call (callgrind).
 */
export function completedRequestLineOf(bindings: string, asciiBindings: boolean, request: CompletedRequest): { line: string; bytes: number | undefined } {
  let plain = asciiBindings;
  const text = (value: string): string => {
    if (PLAIN_JSON_TEXT.test(value)) return `"${value}"`;
    plain = false;
    return JSON.stringify(value);
  };
  const user = request.userId === undefined ? '' : `,"userId":${text(request.userId)}`;
  const line =
    `{"level":30,"time":${timeText(request.time)}${bindings},"reqId":${text(request.reqId)},` +
    `"req":{"method":${text(request.method)},"path":${text(request.path)}},` +
    `"res":{"statusCode":${request.statusCode}${user}},"responseTime":${request.responseTime},"msg":"request completed"}\n`;
  return { line, bytes: plain ? line.length : undefined };
}

/** The line alone, whatever its bindings. */
export const completedRequestLine = (bindings: string, request: CompletedRequest): string =>
  completedRequestLineOf(bindings, false, request).line;

/** Whether `text` is printable ASCII only (as JSON of ASCII text is: JSON escapes control characters). */
const isAscii = (text: string): boolean => /^[ -~]*$/.test(text);

/** pino's base bindings of this process, as its lines carry them. */
export const processBindings = (): string => `,"pid":${process.pid},"hostname":${JSON.stringify(hostname())}`;

/**
 * One line per completed request at `info` (Fastify's own request logging is off in app.ts). With the app's log stream
 * known (main.ts gives it; so do tests that read the lines) the line is written to it directly, as pino would write it;
 * otherwise through the request's pino logger.
 */
export function installRequestLog(app: FastifyInstance, stream: LogStream | undefined): void {
  if (!stream) {
    app.addHook('onResponse', (request, reply, done) => {
      request.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
      done();
    });
    return;
  }
  const bindings = processBindings();
  const asciiBindings = isAscii(bindings);
  // The app's logger is pino's (app.ts); the level is read per request, as pino would, so a changed level applies.
  const logger = app.log as unknown as Logger;
  app.addHook('onResponse', (request, reply, done) => {
    if (logger.isLevelEnabled('info')) {
      const { line, bytes } = completedRequestLineOf(bindings, asciiBindings, {
        time: Date.now(),
        reqId: String(request.id),
        method: request.method,
        path: pathOf(request.url),
        statusCode: reply.statusCode,
        userId: request.userId,
        responseTime: reply.elapsedTime,
      });
      stream.write(line, bytes);
    }
    done();
  });
}
