import type { OperationId } from '@/api/schemas/operations';
import type { FastifyContextConfig, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { uriNotFound } from '../errors/obp-error';
import { isJsonContentType } from './obp-error-handling';

/** OBP API versions, oldest first (contract §0.1). */
export const OBP_VERSIONS = ['v1.2.1', 'v1.3.0', 'v1.4.0', 'v2.0.0', 'v2.1.0', 'v2.2.0', 'v3.0.0', 'v3.1.0', 'v4.0.0', 'v5.0.0', 'v5.1.0'] as const;
export type ObpVersion = (typeof OBP_VERSIONS)[number];
export const NEWEST_OBP_VERSION: ObpVersion = 'v5.1.0';

export type ObpRequest = FastifyRequest<{
  Params: Record<string, string>;
  Querystring: Record<string, string | string[] | undefined>;
  Body: unknown;
}>;

export type ObpRoute = {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path below the version prefix, in Fastify syntax: `/banks/:bankId/customers`. */
  url: string;
  /** The version whose implementation this is; it is served from there… */
  implementedIn: ObpVersion;
  /** …up to this version (default: the newest), as the contract's "v5.1.0? yes" rows say. */
  servedUntil?: ObpVersion;
  /** The row of the shared operations table (src/api/schemas/operations.ts) this endpoint answers for. */
  operation: OperationId;
  handler: (request: ObpRequest, reply: FastifyReply) => unknown;
};

/** Route options config of every OBP route: POST and PUT bodies must be sent as JSON (contract §0.2). */
export type ObpRouteConfig = { jsonBody: boolean; operation: OperationId; implementedIn: ObpVersion };

export function versionsServing(route: Pick<ObpRoute, 'implementedIn' | 'servedUntil'>): ObpVersion[] {
  const first = OBP_VERSIONS.indexOf(route.implementedIn);
  const last = OBP_VERSIONS.indexOf(route.servedUntil ?? NEWEST_OBP_VERSION);
  if (first > last) throw new Error(`${route.implementedIn} is newer than ${route.servedUntil}`);
  return OBP_VERSIONS.slice(first, last + 1);
}

/**
 * Registers each route under `/obp/<version>` for every version that serves it. Each route's first onRequest hook
 * notes the route on the request (for the metrics row) and, for POST and PUT, refuses a body not sent as JSON with
 * OBP's 404 (contract §0.2): a hook per route rather than one for every request, which had to read
 * `request.routeOptions` (an object built on each read) to learn the same.
 */
export function registerObpRoutes(app: FastifyInstance, routes: readonly ObpRoute[]): void {
  for (const route of routes) {
    const config: ObpRouteConfig & FastifyContextConfig = {
      jsonBody: route.method === 'POST' || route.method === 'PUT',
      operation: route.operation,
      implementedIn: route.implementedIn,
    };
    const onRequest = config.jsonBody
      ? (request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void) => {
          request.obpRoute = config;
          done(isJsonContentType(request.headers['content-type']) ? undefined : uriNotFound());
        }
      : (request: FastifyRequest, _reply: FastifyReply, done: () => void) => {
          request.obpRoute = config;
          done();
        };
    for (const version of versionsServing(route)) {
      app.route({ method: route.method, url: `/obp/${version}${route.url}`, config, onRequest, handler: route.handler });
    }
  }
}

/** The first value of a query parameter (OBP reads the head of a repeated parameter). */
export const queryValue = (request: ObpRequest, name: string): string | undefined => {
  const value = request.query[name];
  return Array.isArray(value) ? value[0] : value;
};
