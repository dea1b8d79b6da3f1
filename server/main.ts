/**
 * Starts the sandbox: opens the database (creating and seeding it on first start), serves the OBP API, the built
 * console from dist/ (unless SERVE_CONSOLE=false, as `npm run dev` sets) and /config.json, on 127.0.0.1:8080 by default.
 * With OBP_BASE_URL it forwards the OBP API to that server instead (the same-origin proxy).
 */
import cluster from 'node:cluster';
import { chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { buildApp } from './app';
import { BlockLogDestination } from './log-destination';
import { sandboxConfigFromEnvironment, serverSettingsFromEnvironment } from './config';
import { openSandboxDatabase } from './database/sandbox-database';
import { defaultAllowedHosts } from './http/host-allow-list';
import { servingDescription, startupRefusal, workersRefusal } from './startup-checks';
import { findDemoUsers, startBanner } from './seed/demo-users';
import { openOrCreateSeededDatabase } from './seed/seeded-database-file';
import { createUserRepository } from './repositories/user-repository';

// Files this process creates (the database, its WAL and shared-memory files, any log file) are readable by the owner only.
process.umask(0o077);

const settings = serverSettingsFromEnvironment(process.env);
const refusal = startupRefusal(settings);
if (refusal) {
  console.error(refusal);
  process.exit(1);
}
const distDirectory = join(import.meta.dirname, '..', 'dist');
const serveConsole = process.env.SERVE_CONSOLE !== 'false';
const consoleBuilt = existsSync(join(distDirectory, 'index.html'));
const environmentConfig = sandboxConfigFromEnvironment(process.env, serveConsole && consoleBuilt ? distDirectory : undefined);
const config = {
  ...environmentConfig,
  allowedHosts: environmentConfig.allowedHosts.length > 0 ? environmentConfig.allowedHosts : defaultAllowedHosts(settings.host, settings.port),
};

const workersProblem = workersRefusal(config.workers, settings.databasePath, Boolean(config.obpProxy));
if (workersProblem) {
  console.error(workersProblem);
  process.exit(1);
}
const serving = servingDescription(config.workers, settings.port, process.env.SANDBOX_WORKERS, settings.databasePath, Boolean(config.obpProxy));
if (config.workers > 1 && cluster.isPrimary) await runPrimary();

/**
 * More than one worker (by default over a database file: one per core, at most 4; SANDBOX_WORKERS sets it): this
 * process creates (or opens) and seeds the database file once, then forks that many workers, each running this file as
 * a whole server over the same file and sharing the port (Node's cluster hands each new connection to a worker in
 * turn). What they share lives in the database: the access and answer caches see another worker's writes through
 * `data_version`, rate limits are counted in `rate_limit_windows`. This process serves nothing and never returns; it
 * forwards SIGINT/SIGTERM and ends when the workers have, or with the first that fails.
 */
async function runPrimary(): Promise<never> {
  const opened = openOrCreateSeededDatabase(settings.databasePath, { customers: settings.seedCustomers, password: settings.sandboxPassword, passwordCost: config.passwordCost });
  const users = await findDemoUsers(createUserRepository(opened.database));
  opened.database.close();
  const log = pino({ level: config.logLevel });
  if (opened.seeded) {
    log.info(`Seeded ${settings.databasePath}: ${opened.seeded.customers} customers in ${(opened.seeded.milliseconds / 1000).toFixed(1)} s`);
  }
  let stopping = false;
  let listening = 0;
  let exited = 0;
  for (let index = 0; index < config.workers; index += 1) cluster.fork();
  cluster.on('listening', () => {
    listening += 1;
    if (listening !== config.workers) return;
    const shownHost = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
    log.info(serving);
    process.stdout.write(`\n${startBanner(`http://${shownHost}:${settings.port}/`, users, serveConsole && consoleBuilt)}\n\n`);
  });
  cluster.on('exit', (worker, code, signal) => {
    if (!stopping) {
      log.error(`worker ${worker.process.pid} ended (${signal ?? code}): stopping the others`);
      stopping = true;
      process.exitCode = 1;
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill('SIGTERM');
    }
    exited += 1;
    if (exited !== config.workers) return;
    // Workers that close their connections at the same moment may each see the other still open, and then neither
    // checkpoints the write-ahead log into the file (a fresh-clone run left sandbox.db-wal so). This process's
    // connection, opened and closed once they have all gone, is surely the last: it checkpoints and removes the log.
    try {
      openSandboxDatabase(settings.databasePath).close();
    } catch (error) {
      log.error(`closing ${settings.databasePath} after the workers: ${String(error)}`);
      process.exitCode = 1;
    }
    process.exit();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    });
  }
  return new Promise<never>(() => undefined);
}

// Proxying to a real OBP server, the sandbox's data is never read: an empty in-memory schema, no seed.
const { database, seeded } = config.obpProxy
  ? { database: openSandboxDatabase(':memory:'), seeded: undefined }
  : openOrCreateSeededDatabase(settings.databasePath, { customers: settings.seedCustomers, password: settings.sandboxPassword, passwordCost: config.passwordCost });
// A database made before files were created owner-only: make it so now.
for (const file of [settings.databasePath, `${settings.databasePath}-wal`, `${settings.databasePath}-shm`]) {
  if (!config.obpProxy && existsSync(file)) chmodSync(file, 0o600);
}
// Only a loopback sandbox names its users: off loopback the default password is refused at start anyway.
const demoUsers = config.obpProxy ? [] : await findDemoUsers(createUserRepository(database));
// Standard output, written in blocks (up to 64 kB to a file, 4 kB to a pipe) at most half a second after their first
// line: under load one system call carries dozens of lines instead of one each. Blocks are written synchronously: an
// asynchronous write hands each to a libuv worker thread and back, which measured twice the CPU per line. Nothing is
// dropped: what is left is written when the process exits. Why not pino.destination: see log-destination.ts.
const logDestination = new BlockLogDestination({ fd: 1 });
const app = await buildApp({ db: database, config: { ...config, demoUsers, logStream: logDestination } });

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
if (cluster.isPrimary) app.log.info(serving);
// The log lines so far go out before the banner, in the order they were made.
logDestination.flushSync();
const shownHost = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
// For the person who typed `npm start`: plain text on stdout, after the JSON log lines (a worker's primary prints it).
if (cluster.isPrimary) process.stdout.write(`\n${startBanner(`http://${shownHost}:${settings.port}/`, demoUsers, serveConsole && consoleBuilt)}\n\n`);
