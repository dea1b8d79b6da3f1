import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { sandboxConfigFromEnvironment, serverSettingsFromEnvironment, testSandboxConfig } from '../config';
import { openSandboxDatabase, type SandboxDatabase } from '../database/sandbox-database';
import { createApiClientRepository } from '../customer-apis/api-client-repository';
import { createRepositories } from '../repositories/repositories';
import { seedDatabase } from '../seed/seed-database';
import { startupRefusal } from '../startup-checks';
import { createTestSandbox, directLoginHeader, PASSWORD, type TestSandbox } from '../test-support/test-sandbox';
import { PASSWORD_COST, TEST_PASSWORD_COST, costOf, hashPassword, unmatchablePasswordHash } from './passwords';

/**
 * Unit tests hash passwords at a lower scrypt cost (a config parameter, `passwordCost`) so the suite does not spend
 * its time in scrypt. These tests hold the two promises that make that safe: outside tests the cost is the
 * production one whatever the environment says, and an unknown username is still checked at the very cost of the
 * stored hashes — the equal work that keeps sign-in timing from telling which usernames exist.
 */
let sandbox: TestSandbox | undefined;
let database: SandboxDatabase | undefined;
afterEach(async () => {
  await sandbox?.close();
  database?.close();
  sandbox = undefined;
  database = undefined;
});

describe('the scrypt cost of stored passwords', () => {
  it('is the production cost (N = 16384) from any environment, and for a seed that names none', () => {
    expect(PASSWORD_COST).toEqual({ N: 16384, r: 8, p: 1 });
    for (const environment of [{}, { PASSWORD_COST: '1024', SCRYPT_N: '1024', NODE_ENV: 'test' }]) {
      expect(sandboxConfigFromEnvironment(environment, undefined).passwordCost).toEqual(PASSWORD_COST);
    }
    expect(costOf(hashPassword('x'))).toEqual(PASSWORD_COST);
    database = openSandboxDatabase(':memory:');
    seedDatabase(database, { customers: 0, password: PASSWORD });
    expect(costOf(createRepositories(database).users.findByUsername('teller')!.passwordHash)).toEqual(PASSWORD_COST);
    const client = createApiClientRepository(database).findOAuthClient('customer-desk-openwealth');
    expect(costOf(client!.secretHash)).toEqual(PASSWORD_COST);
  });

  it('is the tests\' cost with SANDBOX_PASSWORD_COST=test, which a start refuses but for an in-memory database on loopback', () => {
    const throwaway = { SANDBOX_PASSWORD_COST: 'test', DB_PATH: ':memory:', HOST: '127.0.0.1' };
    expect(sandboxConfigFromEnvironment(throwaway, undefined).passwordCost).toEqual(TEST_PASSWORD_COST);
    expect(serverSettingsFromEnvironment(throwaway).passwordCost).toEqual(TEST_PASSWORD_COST);
    expect(startupRefusal(serverSettingsFromEnvironment(throwaway))).toBeUndefined();
    const refusal = 'SANDBOX_PASSWORD_COST=test is for a throwaway sandbox only: it needs DB_PATH=:memory: and a loopback HOST.';
    // A database file keeps its hashes past the process; off loopback the sandbox answers other machines.
    expect(startupRefusal(serverSettingsFromEnvironment({ ...throwaway, DB_PATH: 'data/sandbox.db' }))).toBe(refusal);
    expect(startupRefusal(serverSettingsFromEnvironment({ SANDBOX_PASSWORD_COST: 'test' }))).toBe(refusal);
    expect(startupRefusal(serverSettingsFromEnvironment({ ...throwaway, HOST: '0.0.0.0', SANDBOX_PASSWORD: 'not the default' }))).toBe(refusal);
    // The default cost is refused nowhere this check looks, and no other value is taken.
    expect(startupRefusal(serverSettingsFromEnvironment({ DB_PATH: 'data/sandbox.db', SANDBOX_PASSWORD_COST: 'default' }))).toBeUndefined();
    expect(() => sandboxConfigFromEnvironment({ SANDBOX_PASSWORD_COST: '1024' }, undefined)).toThrow('SANDBOX_PASSWORD_COST must be test or default, got "1024"');
  });

  it('in a test sandbox: seeded users, API client secrets and the hash unknown usernames meet share the lower cost', async () => {
    sandbox = await createTestSandbox({ customers: 0 });
    expect(testSandboxConfig().passwordCost).toEqual(TEST_PASSWORD_COST);
    for (const username of ['admin', 'manager', 'kyc', 'teller']) {
      expect(costOf(sandbox.repositories.users.findByUsername(username)!.passwordHash)).toEqual(TEST_PASSWORD_COST);
    }
    expect(costOf(createApiClientRepository(sandbox.database).findOAuthClient('customer-desk-openwealth')!.secretHash)).toEqual(TEST_PASSWORD_COST);
    expect(costOf(unmatchablePasswordHash(TEST_PASSWORD_COST))).toEqual(TEST_PASSWORD_COST);
  });

  it('an unknown username is checked at the configured cost, not at a fixed one', async () => {
    // Known users' hashes at the tests' cost; the configured cost is one scrypt refuses (N must be a power of two):
    // only a check made at the configured cost can fail, so the unknown username's 500 proves which cost it paid.
    database = openSandboxDatabase(':memory:');
    seedDatabase(database, { customers: 0, password: PASSWORD, passwordCost: TEST_PASSWORD_COST });
    const app = await buildApp({ db: database, config: testSandboxConfig({ passwordCost: { N: 1000, r: 8, p: 1 } }) });
    try {
      const login = (username: string) => app.inject({ method: 'POST', url: '/my/logins/direct', headers: { DirectLogin: directLoginHeader(username) } });
      expect((await login('manager')).statusCode).toBe(201);
      expect((await login('nobody-here')).statusCode).toBe(500);
    } finally {
      await app.close();
    }
  });
});
