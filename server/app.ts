import { constants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import pino, { type DestinationStream } from 'pino';
import rateLimit from '@fastify/rate-limit';
import type { SandboxConfig } from './config';
import { tooManyRequests } from './errors/obp-error';
import { DeferredLogger } from './http/deferred-logger';
import { installHostAllowList } from './http/host-allow-list';
import { installMetricRecorder } from './http/metric-recorder';
import { installRequestLog } from './http/request-log';
import { applyConnectionLimits, httpServerOptions } from './http/http-limits';
import { registerConsoleRoutes } from './console/console-routes';
import { registerCustomerApis } from './customer-apis/register-customer-apis';
import { registerDeskRoutes } from './desk/desk-routes';
import type { SandboxDatabase } from './database/sandbox-database';
import { createGuards } from './http/guards';
import { frameworkErrorBody, installObpErrorHandling } from './http/obp-error-handling';
import { registerObpRoutes, type ObpRoute } from './http/obp-routes';
import { installSecurityHeaders } from './http/security-headers';
import { sharedRateLimitStoreClass } from './http/shared-rate-limit-store';
import { registerObpProxy } from './proxy/obp-proxy';
import { createRepositories } from './repositories/repositories';
import { bankRoutes } from './routes/bank-routes';
import { capabilityRoutes } from './routes/capability-routes';
import { customerRecordRoutes } from './routes/customer-record-routes';
import { customerRoutes } from './routes/customer-routes';
import { customerSearchRoutes } from './routes/customer-search-routes';
import { entitlementRequestRoutes } from './routes/entitlement-request-routes';
import { registerDirectLoginRoutes } from './routes/direct-login-routes';
import { meetingAndCrmEventRoutes } from './routes/meeting-routes';
import { metricRoutes } from './routes/metric-routes';
import type { RouteContext } from './routes/route-context';
import { userRoutes } from './routes/user-routes';

/** Every OBP endpoint of the sandbox (the security suite generates its authorization matrix from this list). */
export const obpRoutes = (context: RouteContext): ObpRoute[] => [
  ...capabilityRoutes(context),
  ...userRoutes(context),
  ...entitlementRequestRoutes(context),
  ...bankRoutes(context),
  ...customerRoutes(context),
  ...customerSearchRoutes(context),
  ...meetingAndCrmEventRoutes(context),
  ...customerRecordRoutes(context),
  ...metricRoutes(context),
];

/** Smaller answers are sent as they are: the headers alone are a few hundred bytes. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * How answers are compressed: brotli at quality 4, which compresses a typical page to a fifth in a fraction of a
 * millisecond (quality 11 costs ~50× the CPU), else gzip. A streamed answer (an unpaged list, written a chunk of rows at
 * a time) is flushed after every chunk: left to itself, brotli at quality 4 merges its input into one block of up to
 * 8 MiB before it writes anything, so a 13 MiB phone search sent nothing — not even its headers — until most of it was
 * built, and the console then got megabytes of rows at once. A flush per chunk (~30 kB) costs a few percent of size.
 * Answers built in one go are compressed in one call, where the flush mode does not apply.
 */
export const COMPRESSION_OPTIONS = {
  brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 }, flush: constants.BROTLI_OPERATION_FLUSH },
  zlibOptions: { level: 6, flush: constants.Z_SYNC_FLUSH },
};

/** Header naming the worker process (its pid) that answered; sent only when SANDBOX_WORKERS > 1. */
export const SANDBOX_WORKER_HEADER = 'x-sandbox-worker';

export type BuildAppOptions = { db: SandboxDatabase; config: SandboxConfig };

/**
 * The sandbox as a Fastify instance, not listening: `main.ts` listens, tests call `inject`. The database is the
 * caller's (opened, migrated, seeded) and outlives the app.
 */
export async function buildApp({ db, config }: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...httpServerOptions(config),
    // pino, its loggers made when first used (a request's rarely is: see DeferredLogger).
    loggerInstance: new DeferredLogger(() =>
      pino(
        {
          level: config.logLevel,
          // Only method, path and status: never headers (DirectLogin credentials and tokens), bodies or query values.
          serializers: {
            req: (request: FastifyRequest) => ({ method: request.method, path: request.url.split('?')[0] }),
            // The signed-in user's id (set by authentication), never the token.
            res: (reply: FastifyReply) => ({ statusCode: reply.statusCode, userId: reply.request?.userId }),
          },
        },
        // main.ts gives an asynchronous standard output; without a stream pino writes to it synchronously.
        config.logStream as DestinationStream | undefined,
      ),
    ) as unknown as FastifyBaseLogger,
    // One line per request, written when it completes (below), instead of Fastify's two ("incoming request" and
    // "request completed"): the profile under load showed request logging as a large share of a small request.
    logController: new LogController({ disableRequestLogging: true }),
    frameworkErrors: (_error, _request, reply) => {
      (reply as FastifyReply).code(404).type('application/json; charset=utf-8').send(frameworkErrorBody);
    },
  });

  installRequestLog(app, config.logStream);

  const repositories = createRepositories(db);
  const context: RouteContext = { repositories, guards: createGuards(repositories, config), config };

  applyConnectionLimits(app, config);
  installHostAllowList(app, config.allowedHosts);
  await app.register(rateLimit, {
    // General flood limit per address (RATE_LIMIT_PER_MINUTE, 0 = off); the sign-in route sets its own.
    global: config.rateLimitPerMinute > 0,
    max: config.rateLimitPerMinute,
    timeWindow: 60_000,
    errorResponseBuilder: () => tooManyRequests(),
    // Several worker processes count in the database they share, so each limit stays exact per window and address.
    ...(config.workers > 1 ? { store: sharedRateLimitStoreClass(db) } : {}),
  });
  installMetricRecorder(app, repositories.metrics, config.now);

  // API answers of 1 kB or more go out compressed (customer lists, search pages), as COMPRESSION_OPTIONS says.
  // Registered before the routes, whose onRoute hook it uses. The console's files come pre-compressed from the build.
  // Request bodies are not decompressed (`globalDecompression: false`): OBP takes them as they are, so a compressed body
  // is refused as the invalid JSON it is, and no request pays the plugin's decompression hook.
  await app.register(fastifyCompress, {
    threshold: COMPRESSION_THRESHOLD_BYTES,
    encodings: ['br', 'gzip'],
    globalDecompression: false,
    ...COMPRESSION_OPTIONS,
  });
  // With several worker processes (SANDBOX_WORKERS > 1) every answer, a refusal by the host allow-list or a rate limit
  // included, names the process that made it, so a test or an operator can see the workers share the load. It goes
  // with the security headers, which every answer gets from one onSend hook (a hook of its own cost each request).
  installSecurityHeaders(app, config.consoleRuntimeConfig.obpBaseUrl, config.workers > 1 ? { [SANDBOX_WORKER_HEADER]: String(process.pid) } : {});
  const consoleFallback = await registerConsoleRoutes(app, config);
  installObpErrorHandling(app, consoleFallback, config.maximumJsonDepth);
  if (config.obpProxy) {
    // A real OBP server answers the API: the sandbox's own routes must not shadow it.
    await registerObpProxy(app, config.obpProxy);
    await app.ready();
    return app;
  }
  await registerDirectLoginRoutes(app, context);
  await registerCustomerApis(app, db, repositories, config);
  // Issue 9: the console on OpenWealth / bankingservice.ai signs staff in here and forwards their calls.
  if (config.desk) await registerDeskRoutes(app, db, config, config.desk);
  registerObpRoutes(app, obpRoutes(context));
  await app.ready();
  return app;
}
