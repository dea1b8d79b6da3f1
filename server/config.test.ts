import { describe, expect, it } from 'vitest';
import { sandboxConfigFromEnvironment, serverSettingsFromEnvironment } from './config';

describe('configuration from the environment', () => {
  it('defaults to this machine only, port 8080, data/sandbox.db and 10,000 customers', () => {
    expect(serverSettingsFromEnvironment({})).toEqual({
      port: 8080,
      host: '127.0.0.1',
      databasePath: 'data/sandbox.db',
      seedCustomers: 10_000,
      sandboxPassword: 'sandbox123!',
      passwordCost: { N: 16384, r: 8, p: 1 },
    });
    const config = sandboxConfigFromEnvironment({}, undefined);
    expect(config).toMatchObject({ tokenTtlHours: 8, lockoutMinutes: 15, maximumFailedLogins: 5, searchResultCeiling: 500 });
    expect(config.consoleRuntimeConfig).toEqual({
      obpBaseUrl: '',
      consumerKey: 'customer-desk',
      idleTimeoutMinutes: 15,
      idleWarningSeconds: 60,
      defaultBankId: 'gh.29.uk',
    });
  });

  it('reads every variable', () => {
    const environment = {
      PORT: '4173',
      HOST: '0.0.0.0',
      DB_PATH: ':memory:',
      SEED_CUSTOMERS: '0',
      SANDBOX_PASSWORD: 'another one',
      TOKEN_TTL_HOURS: '0.5',
      LOCKOUT_MINUTES: '1',
      SEARCH_RESULT_CEILING: '200',
      OBP_BASE_URL: 'https://obp.example.bank',
      OBP_CONSUMER_KEY: 'key-1',
      IDLE_TIMEOUT_MINUTES: '5',
      IDLE_WARNING_SECONDS: '30',
    };
    expect(serverSettingsFromEnvironment(environment)).toEqual({ port: 4173, host: '0.0.0.0', databasePath: ':memory:', seedCustomers: 0, sandboxPassword: 'another one', passwordCost: { N: 16384, r: 8, p: 1 } });
    expect(sandboxConfigFromEnvironment(environment, '/dist')).toMatchObject({
      tokenTtlHours: 0.5,
      lockoutMinutes: 1,
      searchResultCeiling: 200,
      consoleDirectory: '/dist',
      // Proxied: the console calls its own origin.
      consoleRuntimeConfig: { obpBaseUrl: '', consumerKey: 'key-1', idleTimeoutMinutes: 5, idleWarningSeconds: 30 },
      obpProxy: { target: 'https://obp.example.bank', connectTimeoutMs: 5_000, responseTimeoutMs: 30_000 },
    });
  });

  it('refuses malformed numbers, naming the variable', () => {
    expect(() => serverSettingsFromEnvironment({ PORT: 'eighty' })).toThrow('PORT must be a positive integer, got "eighty"');
    expect(() => sandboxConfigFromEnvironment({ LOCKOUT_MINUTES: '-1' }, undefined)).toThrow(/LOCKOUT_MINUTES/);
    expect(() => serverSettingsFromEnvironment({ SEED_CUSTOMERS: '1.5' })).toThrow(/SEED_CUSTOMERS/);
  });
});

describe('SANDBOX_EXTENSIONS', () => {
  it('enables every extension unless told otherwise', () => {
    expect([...sandboxConfigFromEnvironment({}, undefined).extensions]).toContain('paged-phone-search');
    expect(sandboxConfigFromEnvironment({}, undefined).extensions.size).toBe(10);
    expect(sandboxConfigFromEnvironment({ SANDBOX_EXTENSIONS: 'all' }, undefined).extensions.size).toBe(10);
  });

  it('none turns them all off; a list turns on those named', () => {
    expect(sandboxConfigFromEnvironment({ SANDBOX_EXTENSIONS: 'none' }, undefined).extensions.size).toBe(0);
    expect([...sandboxConfigFromEnvironment({ SANDBOX_EXTENSIONS: 'paged-phone-search, address-status' }, undefined).extensions]).toEqual([
      'paged-phone-search',
      'address-status',
    ]);
  });

  it('refuses an unknown name, naming it', () => {
    expect(() => sandboxConfigFromEnvironment({ SANDBOX_EXTENSIONS: 'paged-phone-search,history' }, undefined)).toThrow(/SANDBOX_EXTENSIONS.*unknown: history/);
  });
});

describe('OBP_BASE_URL: the same-origin proxy', () => {
  it('is off without OBP_BASE_URL', () => {
    expect(sandboxConfigFromEnvironment({}, undefined).obpProxy).toBeUndefined();
  });

  it('forwards to the origin, with the timeouts given', () => {
    const config = sandboxConfigFromEnvironment(
      { OBP_BASE_URL: 'https://obp.example.bank/', OBP_PROXY_CONNECT_TIMEOUT_MS: '1500', OBP_PROXY_RESPONSE_TIMEOUT_MS: '60000' },
      undefined,
    );
    expect(config.obpProxy).toEqual({ target: 'https://obp.example.bank', connectTimeoutMs: 1500, responseTimeoutMs: 60_000 });
    expect(config.consoleRuntimeConfig.obpBaseUrl).toBe('');
  });

  it('OBP_PROXY=false lets the console call the OBP host directly, as before', () => {
    const config = sandboxConfigFromEnvironment({ OBP_BASE_URL: 'https://obp.example.bank', OBP_PROXY: 'false' }, undefined);
    expect(config.obpProxy).toBeUndefined();
    expect(config.consoleRuntimeConfig.obpBaseUrl).toBe('https://obp.example.bank');
  });

  it.each(['obp.example.bank', 'ftp://obp.example.bank', 'https://obp.example.bank/api', 'https://user:secret@obp.example.bank'])(
    'refuses %s, which the proxy could not honour',
    (value) => {
      expect(() => sandboxConfigFromEnvironment({ OBP_BASE_URL: value }, undefined)).toThrow(/OBP_BASE_URL must be an http or https/);
    },
  );
});
