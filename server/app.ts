import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type { SandboxConfig } from './config';
import { registerConsoleRoutes } from './console/console-routes';
import { registerCustomerApis } from './customer-apis/register-customer-apis';
import type { SandboxDatabase } from './database/sandbox-database';
import { createGuards } from './http/guards';
import { frameworkErrorBody, installObpErrorHandling } from './http/obp-error-handling';
import { registerObpRoutes } from './http/obp-routes';
import { installSecurityHeaders } from './http/security-headers';
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
import type { RouteContext } from './routes/route-context';
import { userRoutes } from './routes/user-routes';

export type BuildAppOptions = { db: SandboxDatabase; config: SandboxConfig };

/**
 * The sandbox as a Fastify instance, not listening: `main.ts` listens, tests call `inject`. The database is the
 * caller's (opened, migrated, seeded) and outlives the app.
 */
export async function buildApp({ db, config }: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      ...(config.logStream ? { stream: config.logStream } : {}),
      // Only method, path and status: never headers (DirectLogin credentials and tokens), bodies or query values.
      serializers: {
        req: (request) => ({ method: request.method, path: request.url.split('?')[0] }),
        res: (reply) => ({ statusCode: reply.statusCode }),
      },
    },
    frameworkErrors: (_error, _request, reply) => {
      (reply as FastifyReply).code(404).type('application/json; charset=utf-8').send(frameworkErrorBody);
    },
  });

  const repositories = createRepositories(db);
  const context: RouteContext = { repositories, guards: createGuards(repositories, config), config };

  installSecurityHeaders(app, config.consoleRuntimeConfig.obpBaseUrl);
  const consoleFallback = await registerConsoleRoutes(app, config);
  installObpErrorHandling(app, consoleFallback);
  if (config.obpProxy) {
    // A real OBP server answers the API: the sandbox's own routes must not shadow it.
    await registerObpProxy(app, config.obpProxy);
    await app.ready();
    return app;
  }
  await registerDirectLoginRoutes(app, context);
  await registerCustomerApis(app, db, repositories, config);
  registerObpRoutes(app, [...capabilityRoutes(context), ...userRoutes(context), ...entitlementRequestRoutes(context), ...bankRoutes(context), ...customerRoutes(context), ...customerSearchRoutes(context), ...meetingAndCrmEventRoutes(context), ...customerRecordRoutes(context)]);
  await app.ready();
  return app;
}
