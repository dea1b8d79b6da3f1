/**
 * Starts the sandbox: opens the database (creating and seeding it on first start), serves the OBP API, the built
 * console from dist/ (unless SERVE_CONSOLE=false, as `npm run dev` sets) and /config.json, on 127.0.0.1:8080 by default.
 * With OBP_BASE_URL it forwards the OBP API to that server instead (the same-origin proxy).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from './app';
import { sandboxConfigFromEnvironment, serverSettingsFromEnvironment } from './config';
import { openSandboxDatabase } from './database/sandbox-database';
import { openOrCreateSeededDatabase } from './seed/seeded-database-file';

const settings = serverSettingsFromEnvironment(process.env);
const distDirectory = join(import.meta.dirname, '..', 'dist');
const serveConsole = process.env.SERVE_CONSOLE !== 'false';
const consoleBuilt = existsSync(join(distDirectory, 'index.html'));
const config = sandboxConfigFromEnvironment(process.env, serveConsole && consoleBuilt ? distDirectory : undefined);

// Proxying to a real OBP server, the sandbox's data is never read: an empty in-memory schema, no seed.
const { database, seeded } = config.obpProxy
  ? { database: openSandboxDatabase(':memory:'), seeded: undefined }
  : openOrCreateSeededDatabase(settings.databasePath, { customers: settings.seedCustomers, password: settings.sandboxPassword });
const app = await buildApp({ db: database, config });

if (seeded) {
  app.log.info(`Seeded ${settings.databasePath}: ${seeded.customers} customers in ${(seeded.milliseconds / 1000).toFixed(1)} s`);
}
if (config.obpProxy) app.log.info(`Forwarding /obp/* and /my/logins/direct to ${config.obpProxy.target}`);
if (serveConsole && !consoleBuilt) app.log.warn('dist/index.html not found: serving the API only (run `npm run build`).');

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    void app.close().finally(() => {
      database.close();
      process.exit(0);
    });
  });
}

await app.listen({ port: settings.port, host: settings.host });
