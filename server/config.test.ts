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
    expect(serverSettingsFromEnvironment(environment)).toEqual({ port: 4173, host: '0.0.0.0', databasePath: ':memory:', seedCustomers: 0, sandboxPassword: 'another one' });
    expect(sandboxConfigFromEnvironment(environment, '/dist')).toMatchObject({
      tokenTtlHours: 0.5,
      lockoutMinutes: 1,
      searchResultCeiling: 200,
      consoleDirectory: '/dist',
      consoleRuntimeConfig: { obpBaseUrl: 'https://obp.example.bank', consumerKey: 'key-1', idleTimeoutMinutes: 5, idleWarningSeconds: 30 },
    });
  });

  it('refuses malformed numbers, naming the variable', () => {
    expect(() => serverSettingsFromEnvironment({ PORT: 'eighty' })).toThrow('PORT must be a positive integer, got "eighty"');
    expect(() => sandboxConfigFromEnvironment({ LOCKOUT_MINUTES: '-1' }, undefined)).toThrow(/LOCKOUT_MINUTES/);
    expect(() => serverSettingsFromEnvironment({ SEED_CUSTOMERS: '1.5' })).toThrow(/SEED_CUSTOMERS/);
  });
});
