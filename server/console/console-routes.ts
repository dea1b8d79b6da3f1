import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SandboxConfig } from '../config';
import type { NotFoundFallback } from '../http/obp-error-handling';

const isApiPath = (path: string) =>
  path === '/obp' || path.startsWith('/obp/') || path.startsWith('/my/') || path.startsWith('/desk/') || path.startsWith('/openwealth/') || path.startsWith('/bankingservice/');

/**
 * `GET /config.json` (the console's runtime configuration, never cached) and, when a built console is configured, its
 * files with a fallback to index.html for browser navigations to client-side routes. Returns that fallback for the
 * not-found handler.
 *
 * Files are sent as the build compressed them (`npm run build` writes `.br` and `.gz` beside each text asset):
 * `preCompressed` picks brotli, then gzip, then the original by the request's Accept-Encoding, says
 * `Vary: Accept-Encoding`, and costs no compression per request.
 */
export async function registerConsoleRoutes(app: FastifyInstance, config: SandboxConfig): Promise<NotFoundFallback | undefined> {
  // On OpenWealth / bankingservice.ai (issue 9) the console learns which backend (and profile), never its credentials.
  const runtimeConfig = config.desk
    ? { ...config.consoleRuntimeConfig, backend: config.desk.backend.kind, ...(config.desk.backend.kind === 'bankingservice' ? { backendProfileId: config.desk.profileId } : {}) }
    : config.consoleRuntimeConfig;
  app.get('/config.json', (_request, reply) => reply.header('Cache-Control', 'no-store').send(runtimeConfig));

  const directory = config.consoleDirectory;
  if (!directory) return undefined;
  await app.register(fastifyStatic, {
    root: directory,
    index: ['index.html'],
    preCompressed: true,
    setHeaders: (response, path) => {
      // Vite names assets by content hash: they never change. index.html must be revalidated.
      const immutable = path.startsWith(join(directory, 'assets'));
      response.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });

  return (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '';
    const navigation = (request.method === 'GET' || request.method === 'HEAD') && (request.headers.accept ?? '').includes('text/html');
    if (!navigation || isApiPath(path)) return undefined;
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
  };
}
