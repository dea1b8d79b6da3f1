import { DEFAULT_SANDBOX_PASSWORD, DEFAULT_WORKERS_CEILING, type ServerSettings } from './config';
import { PASSWORD_COST } from './security/passwords';

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|\[::1\]|localhost)$/i;

export const isLoopbackHost = (host: string): boolean => LOOPBACK.test(host.trim());

/**
 * Why the sandbox must not start with these settings, or undefined: listening beyond this machine with the password
 * everyone knows from the README would hand every customer to anyone on the network.
 */
export function startupRefusal(settings: ServerSettings): string | undefined {
  if (!isLoopbackHost(settings.host) && settings.sandboxPassword === DEFAULT_SANDBOX_PASSWORD) {
    return `HOST=${settings.host} is not a loopback address and SANDBOX_PASSWORD is the published default: set SANDBOX_PASSWORD (and seed a new database) or listen on 127.0.0.1.`;
  }
  // Cheap hashes only where no hash outlives the process or leaves the machine: an in-memory database on loopback.
  const cheapHashes = settings.passwordCost.N < PASSWORD_COST.N;
  if (cheapHashes && (settings.databasePath !== ':memory:' || !isLoopbackHost(settings.host))) {
    return 'SANDBOX_PASSWORD_COST=test is for a throwaway sandbox only: it needs DB_PATH=:memory: and a loopback HOST.';
  }
  return undefined;
}

/**
 * Why the sandbox cannot run `workers` processes over this database, or undefined: worker processes share the
 * database file (their data, the rate-limit windows, the caches' invalidation), and an in-memory database or a proxy's
 * empty one is each process's own.
 */
export function workersRefusal(workers: number, databasePath: string, proxying: boolean): string | undefined {
  if (workers <= 1) return undefined;
  if (proxying) return `SANDBOX_WORKERS=${workers} does not apply with OBP_BASE_URL: the proxy runs in one process.`;
  if (databasePath === ':memory:' || databasePath === '') {
    return `SANDBOX_WORKERS=${workers} needs a database file (DB_PATH): worker processes cannot share an in-memory database.`;
  }
  return undefined;
}

/**
 * The start-up log line saying how many processes serve the port and why that many: an operator reading the log (and
 * `npm run bench:load`, which prints it) sees what runs without knowing the defaults.
 */
export function servingDescription(workers: number, port: number, explicitWorkers: string | undefined, databasePath: string, proxying: boolean): string {
  const why =
    explicitWorkers !== undefined && explicitWorkers.trim() !== ''
      ? `SANDBOX_WORKERS=${explicitWorkers.trim()}`
      : proxying
        ? 'the default with OBP_BASE_URL: the proxy runs in one process'
        : databasePath === ':memory:' || databasePath === ''
          ? 'the default over an in-memory database, which processes cannot share'
          : `the default over a database file: one per core, at most ${DEFAULT_WORKERS_CEILING}; SANDBOX_WORKERS=N sets it`;
  return `${workers === 1 ? 'One process serves' : `${workers} worker processes serve`} port ${port} (${why})`;
}
