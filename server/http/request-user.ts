import type { ObpRouteConfig } from './obp-routes';

/** The id of the user a request authenticated as, for logs and metrics; set by `guards.authenticate`. */
declare module 'fastify' {
  // An interface: module augmentation cannot be done with a type alias.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyRequest {
    userId?: string;
    userName?: string;
    /** The OBP route the request matched (set by its first onRequest hook, see registerObpRoutes). */
    obpRoute?: ObpRouteConfig;
  }
}

export {};
