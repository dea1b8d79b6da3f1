/**
 * Configuration of the sandbox. `SandboxConfig` is what `buildApp` needs; `ServerSettings` adds what only `main.ts`
 * needs (where to listen, which database, how big a seed). Both come from the environment, with the defaults the
 * README documents; a malformed value stops the start with a message naming the variable.
 */

import { availableParallelism } from 'node:os';
import type { DemoUser } from './seed/demo-users';
import { parseSandboxExtensions, type SandboxExtension } from './extensions/sandbox-extensions';
import { PASSWORD_COST, TEST_PASSWORD_COST, type PasswordCost } from './security/passwords';
import { backendConfigFromEnvironment, type BackendConfig } from './gateway/backend-config';

/**
 * A destination of log lines, as pino writes to one. The request log also gives a line's size in UTF-8 bytes when it
 * knows it (an ASCII line), which the destination may use instead of measuring it.
 */
export type LogStream = { write: (line: string, utf8Bytes?: number) => unknown };

/** The console's runtime configuration, served as `/config.json` (see src/config/runtime-config.ts). */
export type ConsoleRuntimeConfig = {
  obpBaseUrl: string;
  consumerKey: string;
  idleTimeoutMinutes: number;
  idleWarningSeconds: number;
  defaultBankId: string;
  /** Issue 9: the backend the console runs on when it is not OBP; absent on OBP (the default). */
  backend?: 'openwealth' | 'bankingservice';
  /** bankingservice.ai: the profile whose customers the console shows. */
  backendProfileId?: string;
};

/**
 * Customer Desk on an OpenWealth (bLink) or bankingservice.ai backend (issue 9): the backend and the credentials only
 * this server holds, and the rules of Customer Desk's own staff accounts.
 */
export type DeskConfig = {
  backend: Exclude<BackendConfig, { kind: 'obp' }>;
  /** bankingservice.ai: the one profile forwarded calls may name. */
  profileId: string;
  /** Password of the seeded development staff (SANDBOX_PASSWORD), set when they are first created. */
  staffPassword: string;
  sessionTtlHours: number;
  connectTimeoutMs: number;
  responseTimeoutMs: number;
};

/**
 * The same-origin proxy (issue 8 §6): with `OBP_BASE_URL` set the server forwards `/obp/*` and `/my/logins/direct` to
 * that host instead of answering them itself, so the console calls its own origin and the bank needs no CORS.
 */
export type ObpProxyConfig = {
  /** Origin of the OBP server, e.g. https://obp.example.bank (no path). */
  target: string;
  /** Most milliseconds to open the connection (TCP and TLS) before a 504. */
  connectTimeoutMs: number;
  /** Most milliseconds to wait for the response headers, and between two chunks of its body, before a 504. */
  responseTimeoutMs: number;
};

export type SandboxConfig = {
  /** Lifetime of a DirectLogin token. */
  tokenTtlHours: number;
  /** How long a user stays locked after `maximumFailedLogins` failed sign-ins in a row. */
  lockoutMinutes: number;
  maximumFailedLogins: number;
  /** Most customers one phone search (or one page of a list) may return. */
  searchResultCeiling: number;
  /** Milliseconds one search or list may spend in the database before it answers 400 asking for a narrower query. */
  searchTimeBudgetMs: number;
  /** Sign-in attempts per minute: for one username, and from one address (429 OBP-10018 beyond). */
  loginRateLimitPerUser: number;
  loginRateLimitPerAddress: number;
  /** API requests per minute from one address; 0 turns the limit off (load benchmarks). */
  rateLimitPerMinute: number;
  /**
   * Processes serving the port (SANDBOX_WORKERS; without it `defaultWorkers`: one per core up to 4 over a database
   * file, one over an in-memory database or as the proxy; main.ts forks them with Node's cluster). Above 1 the rate
   * limits are counted in the database, which the workers share (shared-rate-limit-store.ts).
   */
  workers: number;
  /** Live DirectLogin tokens per user; signing in once more ends the oldest session. */
  maximumTokensPerUser: number;
  /** `Host` header values accepted (lower case, with port); empty accepts any (tests injecting without a socket). */
  allowedHosts: readonly string[];
  /** Milliseconds: a whole request (headers and body), its headers alone, and an idle connection. */
  requestTimeoutMs: number;
  headersTimeoutMs: number;
  connectionTimeoutMs: number;
  /** Open connections at most; more are refused by the socket layer. */
  maximumConnections: number;
  /** Largest request body, in bytes, and deepest JSON nesting accepted. */
  bodyLimitBytes: number;
  maximumJsonDepth: number;
  /** What the sandbox does beyond OBP and declares at GET /obp/v5.1.0/sandbox/capabilities (SANDBOX_EXTENSIONS). */
  extensions: ReadonlySet<SandboxExtension>;
  /** OBP's prop `allow_customer_firehose` (alias `allow_firehose_views`): serves GET …/firehose/customers. */
  allowCustomerFirehose: boolean;
  consoleRuntimeConfig: ConsoleRuntimeConfig;
  /** Set: the console runs on OpenWealth or bankingservice.ai through Customer Desk's server (`/desk/*`). */
  desk: DeskConfig | undefined;
  /** Set: forward the OBP API to another server (the sandbox API is then not served). */
  obpProxy: ObpProxyConfig | undefined;
  /**
   * The seeded staff users that still sign in with the published default password, named on the sign-in page and at
   * start (`GET /sandbox/capabilities` → `demo_users`). Found at start by `findDemoUsers`; empty otherwise.
   */
  demoUsers: readonly DemoUser[];
  /** Directory of the built console to serve (with SPA fallback); undefined serves the API only. */
  consoleDirectory: string | undefined;
  /** Milliseconds since the epoch; tests replace it to move time without sleeping. */
  now: () => number;
  /** Pino level; 'silent' in tests. */
  logLevel: string;
  /** Where log lines go (default standard output); tests read them to prove no secret is logged. */
  logStream?: LogStream;
  /**
   * scrypt cost of the password hashes the sandbox seeds, and of the hash unknown usernames are checked against (so
   * they cost what a known one does). {@link PASSWORD_COST} from the environment, unless `SANDBOX_PASSWORD_COST=test`
   * asks for the unit tests' cost — which `startupRefusal` admits only for an in-memory database on a loopback
   * address (the e2e suite's throwaway sandboxes); unit tests lower it through `testSandboxConfig`.
   */
  passwordCost: PasswordCost;
};

export type ServerSettings = {
  port: number;
  host: string;
  databasePath: string;
  seedCustomers: number;
  sandboxPassword: string;
  /** `SANDBOX_PASSWORD_COST=test`: hashes at {@link TEST_PASSWORD_COST}; refused at start but for a throwaway sandbox. */
  passwordCost: PasswordCost;
};

type Environment = Record<string, string | undefined>;

export const DEFAULT_SANDBOX_PASSWORD = 'sandbox123!';
export const DEFAULT_BANK_ID = 'gh.29.uk';
export const CONSOLE_CONSUMER_KEY = 'customer-desk';

/** At most this many worker processes without SANDBOX_WORKERS: SQLite writes one at a time whatever the count. */
export const DEFAULT_WORKERS_CEILING = 4;

/**
 * The worker processes when SANDBOX_WORKERS is not set: what the machine offers (one per core, at most
 * DEFAULT_WORKERS_CEILING) wherever they can share the data — a database file; one process over an in-memory database
 * (each process would have its own) and as the proxy (no data of its own). A bank that starts the sandbox on a server
 * expects it to use that server's cores and to answer as fast as its README says, without reading about a setting first.
 */
export function defaultWorkers(databasePath: string, proxying: boolean, cores: number = availableParallelism()): number {
  if (proxying || databasePath === ':memory:' || databasePath === '') return 1;
  return Math.max(1, Math.min(cores, DEFAULT_WORKERS_CEILING));
}

const databasePathOf = (environment: Environment): string => text(environment, 'DB_PATH', 'data/sandbox.db');

function positiveNumber(environment: Environment, name: string, fallback: number, { integer = true } = {}): number {
  const raw = environment[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new Error(`${name} must be a positive ${integer ? 'integer' : 'number'}, got "${raw}"`);
  }
  return value;
}

function flag(environment: Environment, name: string): boolean | undefined {
  const raw = environment[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return undefined;
  if (raw !== 'true' && raw !== 'false') throw new Error(`${name} must be true or false, got "${environment[name]}"`);
  return raw === 'true';
}

/**
 * `SANDBOX_PASSWORD_COST`: unset (or `default`) is the production cost; `test` is the unit tests' 16 times cheaper
 * one, for the e2e suite's in-memory sandboxes, which seed nine hashes at start and check one at every sign-in of a
 * test. Nothing else is accepted: the cost is not a tuning knob.
 */
function passwordCostFromEnvironment(environment: Environment): PasswordCost {
  const raw = environment.SANDBOX_PASSWORD_COST?.trim().toLowerCase();
  if (raw === undefined || raw === '' || raw === 'default') return PASSWORD_COST;
  if (raw === 'test') return TEST_PASSWORD_COST;
  throw new Error(`SANDBOX_PASSWORD_COST must be test or default, got "${environment.SANDBOX_PASSWORD_COST}"`);
}

function list(environment: Environment, name: string): string[] {
  return (environment[name] ?? '').split(',').map((entry) => entry.trim().toLowerCase()).filter((entry) => entry !== '');
}

function text(environment: Environment, name: string, fallback: string): string {
  const raw = environment[name];
  return raw === undefined || raw === '' ? fallback : raw;
}

/** `OBP_BASE_URL` as an http(s) origin; a path, query or credentials would be silently lost by the proxy. */
function obpOrigin(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error('OBP_BASE_URL must be an http or https URL');
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password || url.search || url.hash || url.pathname !== '/') {
    // The value is not echoed: it could hold credentials.
    throw new Error('OBP_BASE_URL must be an http or https origin without path, query or credentials, e.g. https://obp.example.bank');
  }
  return url.origin;
}

function obpProxyFromEnvironment(environment: Environment): ObpProxyConfig | undefined {
  const baseUrl = environment.OBP_BASE_URL?.trim();
  if (!baseUrl || flag(environment, 'OBP_PROXY') === false) return undefined;
  return {
    target: obpOrigin(baseUrl),
    connectTimeoutMs: positiveNumber(environment, 'OBP_PROXY_CONNECT_TIMEOUT_MS', 5_000),
    responseTimeoutMs: positiveNumber(environment, 'OBP_PROXY_RESPONSE_TIMEOUT_MS', 30_000),
  };
}

function deskFromEnvironment(environment: Environment): DeskConfig | undefined {
  const backend = backendConfigFromEnvironment(environment, positiveNumber(environment, 'PORT', 8080), text(environment, 'HOST', '127.0.0.1'));
  if (backend.kind === 'obp') return undefined;
  return {
    backend,
    profileId: text(environment, 'BANKINGSERVICE_PROFILE_ID', DEFAULT_BANK_ID),
    staffPassword: text(environment, 'SANDBOX_PASSWORD', DEFAULT_SANDBOX_PASSWORD),
    sessionTtlHours: positiveNumber(environment, 'TOKEN_TTL_HOURS', 8, { integer: false }),
    connectTimeoutMs: positiveNumber(environment, 'OBP_PROXY_CONNECT_TIMEOUT_MS', 5_000),
    responseTimeoutMs: positiveNumber(environment, 'OBP_PROXY_RESPONSE_TIMEOUT_MS', 30_000),
  };
}

export function sandboxConfigFromEnvironment(environment: Environment, consoleDirectory: string | undefined): SandboxConfig {
  const obpProxy = obpProxyFromEnvironment(environment);
  const desk = deskFromEnvironment(environment);
  return {
    tokenTtlHours: positiveNumber(environment, 'TOKEN_TTL_HOURS', 8, { integer: false }),
    lockoutMinutes: positiveNumber(environment, 'LOCKOUT_MINUTES', 15, { integer: false }),
    maximumFailedLogins: 5,
    searchResultCeiling: positiveNumber(environment, 'SEARCH_RESULT_CEILING', 500),
    searchTimeBudgetMs: positiveNumber(environment, 'SEARCH_TIME_BUDGET_MS', 2_000),
    loginRateLimitPerUser: positiveNumber(environment, 'LOGIN_RATE_LIMIT_PER_USER', 120),
    loginRateLimitPerAddress: positiveNumber(environment, 'LOGIN_RATE_LIMIT_PER_ADDRESS', 600),
    rateLimitPerMinute: environment.RATE_LIMIT_PER_MINUTE?.trim() === '0' ? 0 : positiveNumber(environment, 'RATE_LIMIT_PER_MINUTE', 20_000),
    workers: positiveNumber(environment, 'SANDBOX_WORKERS', defaultWorkers(databasePathOf(environment), Boolean(obpProxy))),
    maximumTokensPerUser: positiveNumber(environment, 'MAX_TOKENS_PER_USER', 20),
    allowedHosts: list(environment, 'ALLOWED_HOSTS'),
    requestTimeoutMs: positiveNumber(environment, 'REQUEST_TIMEOUT_MS', 30_000),
    headersTimeoutMs: positiveNumber(environment, 'HEADERS_TIMEOUT_MS', 10_000),
    connectionTimeoutMs: positiveNumber(environment, 'CONNECTION_TIMEOUT_MS', 60_000),
    maximumConnections: positiveNumber(environment, 'MAX_CONNECTIONS', 1_000),
    bodyLimitBytes: positiveNumber(environment, 'BODY_LIMIT_BYTES', 1_048_576),
    maximumJsonDepth: positiveNumber(environment, 'MAX_JSON_DEPTH', 32),
    extensions: parseSandboxExtensions(environment.SANDBOX_EXTENSIONS),
    allowCustomerFirehose: flag(environment, 'ALLOW_CUSTOMER_FIREHOSE') ?? flag(environment, 'ALLOW_FIREHOSE_VIEWS') ?? false,
    consoleRuntimeConfig: {
      // Proxied, the console calls its own origin; with OBP_PROXY=false it calls the OBP host directly (CORS needed there).
      obpBaseUrl: obpProxy ? '' : (environment.OBP_BASE_URL ?? ''),
      consumerKey: text(environment, 'OBP_CONSUMER_KEY', CONSOLE_CONSUMER_KEY),
      idleTimeoutMinutes: positiveNumber(environment, 'IDLE_TIMEOUT_MINUTES', 15, { integer: false }),
      idleWarningSeconds: positiveNumber(environment, 'IDLE_WARNING_SECONDS', 60, { integer: false }),
      defaultBankId: DEFAULT_BANK_ID,
    },
    desk,
    obpProxy,
    demoUsers: [],
    consoleDirectory,
    now: Date.now,
    logLevel: text(environment, 'LOG_LEVEL', 'info'),
    passwordCost: passwordCostFromEnvironment(environment),
  };
}

export function serverSettingsFromEnvironment(environment: Environment): ServerSettings {
  const seedCustomers = environment.SEED_CUSTOMERS;
  return {
    port: positiveNumber(environment, 'PORT', 8080),
    host: text(environment, 'HOST', '127.0.0.1'),
    databasePath: databasePathOf(environment),
    // 0 is allowed here: an empty customer table (banks and users are still seeded).
    seedCustomers: seedCustomers === '0' ? 0 : positiveNumber(environment, 'SEED_CUSTOMERS', 10_000),
    sandboxPassword: text(environment, 'SANDBOX_PASSWORD', DEFAULT_SANDBOX_PASSWORD),
    passwordCost: passwordCostFromEnvironment(environment),
  };
}

/** A configuration for tests: defaults, silent, cheap password hashes, with an overridable clock. */
export function testSandboxConfig(overrides: Partial<SandboxConfig> = {}): SandboxConfig {
  // One process: a test's app runs over an in-memory database, whatever the default database path.
  return { ...sandboxConfigFromEnvironment({}, undefined), logLevel: 'silent', passwordCost: TEST_PASSWORD_COST, workers: 1, ...overrides };
}
