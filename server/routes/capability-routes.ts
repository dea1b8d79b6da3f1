import { SANDBOX_EXTENSIONS, SANDBOX_SERVER_NAME, type SandboxExtension } from '../extensions/sandbox-extensions';
import type { ObpRoute } from '../http/obp-routes';
import type { RouteContext } from './route-context';

export type SandboxCapabilities = {
  server: typeof SANDBOX_SERVER_NAME;
  extensions: SandboxExtension[];
  /** Seeded users still on the published default password, for the sign-in page to name (absent when none). */
  demo_users?: Array<{ username: string; role: string; password: string }>;
};

/**
 * `GET /obp/v5.1.0/sandbox/capabilities` (no login): which extensions beyond OBP this server has, so the console
 * shows only what the server backs. Not an OBP endpoint: with no extension enabled (`SANDBOX_EXTENSIONS=none`) it is
 * not registered at all, and the request gets OBP's own 404 (OBP-10404), exactly what a real OBP server answers.
 */
export function capabilityRoutes({ config }: RouteContext): ObpRoute[] {
  if (config.extensions.size === 0) return [];
  return [
    {
      method: 'GET',
      url: '/sandbox/capabilities',
      implementedIn: 'v5.1.0',
      operation: 'getSandboxCapabilities',
      handler: (): SandboxCapabilities => ({
        server: SANDBOX_SERVER_NAME,
        // In declaration order, so the answer is stable.
        extensions: SANDBOX_EXTENSIONS.filter((extension) => config.extensions.has(extension)),
        ...(config.demoUsers.length > 0 ? { demo_users: config.demoUsers.map((user) => ({ ...user })) } : {}),
      }),
    },
  ];
}
