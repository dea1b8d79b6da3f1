import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openSandboxDatabase } from '../database/sandbox-database';
import { ACCESS_CACHE_MAX_ENTRIES, ACCESS_CACHE_TTL_MS, accessCacheOf } from '../repositories/access-cache';
import { createUserRepository } from '../repositories/user-repository';
import { BANK, createTestSandbox, directLoginHeader, errorOf, type TestSandbox } from '../test-support/test-sandbox';

/**
 * The token's user, the user's roles and the banks are cached in memory (repositories/access-cache.ts). Each test
 * first makes the server read the answer (so it is cached), then changes the database — through the app, through
 * another repository object, in plain SQL, or from another connection — and expects the very next request to see it.
 */
let sandbox: TestSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

const started = async () => {
  sandbox = await createTestSandbox({ customers: 10 });
  return sandbox;
};
const aCustomerOf = (current: TestSandbox) =>
  current.repositories.customers.pageAtBank(BANK, { limit: 1, offset: 0, sortDirection: 'ASC' })[0]!.customerId;
const getCustomer = (current: TestSandbox, token: string, customerId: string) =>
  current.app.inject({ method: 'GET', url: `/obp/v5.1.0/banks/${BANK}/customers/${customerId}`, headers: { DirectLogin: `token=${token}` } });
const currentUser = (current: TestSandbox, token: string) =>
  current.app.inject({ method: 'GET', url: '/obp/v5.1.0/users/current', headers: { DirectLogin: `token=${token}` } });
const userIdOf = (current: TestSandbox, username: string) => current.repositories.users.findByUsername(username)!.userId;

describe('cached access answers are never stale', () => {
  it('a role revoked in SQL is refused at the next request, and granted again is allowed at once', async () => {
    const current = await started();
    const token = await current.tokenOf('teller');
    const customerId = aCustomerOf(current);
    expect((await getCustomer(current, token, customerId)).statusCode).toBe(200);
    expect((await getCustomer(current, token, customerId)).statusCode).toBe(200);

    current.database
      .prepare("DELETE FROM entitlements WHERE user_id = ? AND role_name = 'CanGetCustomer'")
      .run(userIdOf(current, 'teller'));
    const refused = await getCustomer(current, token, customerId);
    expect(refused.statusCode).toBe(403);
    expect(errorOf(refused).message).toBe(`OBP-20006: User is missing one or more roles: CanGetCustomer at Bank(${BANK})`);

    // Through a repository object of its own (as the tests' helpers do), not the app's.
    current.repositories.users.grant({ entitlementId: randomUUID(), userId: userIdOf(current, 'teller'), bankId: BANK, roleName: 'CanGetCustomer' });
    expect((await getCustomer(current, token, customerId)).statusCode).toBe(200);
  });

  it('a role granted at another bank does not open this one', async () => {
    const current = await started();
    const token = await current.tokenOf('teller');
    const customerId = aCustomerOf(current);
    current.database.prepare("DELETE FROM entitlements WHERE user_id = ? AND role_name = 'CanGetCustomer'").run(userIdOf(current, 'teller'));
    expect((await getCustomer(current, token, customerId)).statusCode).toBe(403);
    current.repositories.users.grant({ entitlementId: randomUUID(), userId: userIdOf(current, 'teller'), bankId: 'GENODEM1GLS', roleName: 'CanGetCustomer' });
    expect((await getCustomer(current, token, customerId)).statusCode).toBe(403);
  });

  it('a signed-out token is refused at the next request', async () => {
    const current = await started();
    const token = await current.tokenOf('teller');
    expect((await currentUser(current, token)).statusCode).toBe(200);
    const signOut = await current.app.inject({ method: 'DELETE', url: '/my/logins/direct', headers: { DirectLogin: `token=${token}` } });
    expect(signOut.statusCode).toBe(204);
    const after = await currentUser(current, token);
    expect(after.statusCode).toBe(400);
    expect(errorOf(after).message).toMatch(/^OBP-20003:/);
  });

  it('a token ended by newer sign-ins (at most MAX_TOKENS_PER_USER) is refused at once', async () => {
    sandbox = await createTestSandbox({ customers: 10, config: { maximumTokensPerUser: 1 } });
    const current = sandbox;
    const signIn = async () => {
      current.clock.now += 1;
      const response = await current.app.inject({ method: 'POST', url: '/my/logins/direct', headers: { DirectLogin: directLoginHeader('kyc') } });
      return (response.json() as { token: string }).token;
    };
    const first = await signIn();
    expect((await currentUser(current, first)).statusCode).toBe(200);
    const second = await signIn();
    expect((await currentUser(current, first)).statusCode).toBe(400);
    expect((await currentUser(current, second)).statusCode).toBe(200);
  });

  it('a token is refused once it expires, though its user was read a moment before', async () => {
    const current = await started();
    const token = await current.tokenOf('teller');
    expect((await currentUser(current, token)).statusCode).toBe(200);
    current.clock.now += 24 * 60 * 60_000 * 365;
    const after = await currentUser(current, token);
    expect(after.statusCode).toBe(400);
    expect(errorOf(after).message).toMatch(/^OBP-20003:/);
  });

  it('a changed user is answered as changed, and a deleted user’s token stops working', async () => {
    const current = await started();
    const token = await current.tokenOf('teller');
    expect((await currentUser(current, token)).json()).toMatchObject({ username: 'teller' });
    current.database.prepare("UPDATE users SET username = 'teller-renamed' WHERE username = 'teller'").run();
    expect((await currentUser(current, token)).json()).toMatchObject({ username: 'teller-renamed' });
    current.database.prepare("DELETE FROM users WHERE username = 'teller-renamed'").run();
    expect((await currentUser(current, token)).statusCode).toBe(400);
  });

  it('a changed bank is answered as changed', async () => {
    const current = await started();
    const bank = () => current.app.inject({ method: 'GET', url: `/obp/v5.1.0/banks/${BANK}` });
    const banks = () => current.app.inject({ method: 'GET', url: '/obp/v5.1.0/banks' });
    expect((await bank()).statusCode).toBe(200);
    expect((await banks()).statusCode).toBe(200);
    current.database.prepare("UPDATE banks SET full_name = 'Renamed Bank' WHERE bank_id = ?").run(BANK);
    current.database.prepare("INSERT INTO bank_routings (bank_id, scheme, address) VALUES (?, 'TEST', 'new-routing')").run(BANK);
    expect((await bank()).json()).toMatchObject({ full_name: 'Renamed Bank', bank_routings: expect.arrayContaining([{ scheme: 'TEST', address: 'new-routing' }]) });
    const listed = (await banks()).json() as { banks: Array<{ id: string; full_name: string }> };
    expect(listed.banks.find((entry) => entry.id === BANK)?.full_name).toBe('Renamed Bank');
  });
});

describe('the access cache across connections', () => {
  let directory: string | undefined;
  afterEach(() => {
    if (directory) rmSync(directory, { recursive: true, force: true });
    directory = undefined;
  });

  it('sees a role revoked by another connection (another process) at the next request', async () => {
    directory = mkdtempSync(join(tmpdir(), 'access-cache-'));
    const path = join(directory, 'sandbox.db');
    const database = openSandboxDatabase(path);
    const other = new Database(path);
    try {
      const users = createUserRepository(database);
      users.create({ userId: 'u1', username: 'someone', email: 'someone@example.com', provider: 'test', passwordHash: 'x' }, '2025-01-01T00:00:00Z');
      users.grant({ entitlementId: 'e1', userId: 'u1', bankId: BANK, roleName: 'CanGetCustomer' });
      expect(users.hasEntitlement('u1', BANK, 'CanGetCustomer')).toBe(true);
      // A new request is a new run of the event loop: the version of the database is read again then.
      await new Promise((resolve) => setImmediate(resolve));
      expect(users.hasEntitlement('u1', BANK, 'CanGetCustomer')).toBe(true);
      other.prepare("DELETE FROM entitlements WHERE entitlement_id = 'e1'").run();
      // Within the turn that read it, the version is not read again (under load a turn serves dozens of requests, all
      // received before the other write was); the next turn reads it.
      expect(users.hasEntitlement('u1', BANK, 'CanGetCustomer')).toBe(true);
      await new Promise((resolve) => setImmediate(resolve));
      expect(users.hasEntitlement('u1', BANK, 'CanGetCustomer')).toBe(false);
    } finally {
      other.close();
      database.close();
    }
  });
});

describe('access cache lookups', () => {
  const lookupOver = () => {
    const clock = { now: 0 };
    const database = openSandboxDatabase(':memory:');
    const lookup = accessCacheOf(database, () => clock.now).lookup<string>();
    return { clock, lookup, database };
  };

  it('reads again after the time to live, and never keeps an answer that was not found', () => {
    const { clock, lookup, database } = lookupOver();
    let loads = 0;
    const load = () => {
      loads += 1;
      return loads === 1 ? undefined : `value ${loads}`;
    };
    expect(lookup.get('key', load)).toBeUndefined();
    expect(lookup.get('key', load)).toBe('value 2');
    expect(lookup.get('key', load)).toBe('value 2');
    clock.now += ACCESS_CACHE_TTL_MS;
    expect(lookup.get('key', load)).toBe('value 3');
    expect(loads).toBe(3);
    database.close();
  });

  it('holds at most ACCESS_CACHE_MAX_ENTRIES answers', () => {
    const { lookup, database } = lookupOver();
    let loads = 0;
    const load = () => {
      loads += 1;
      return 'value';
    };
    for (let index = 0; index <= ACCESS_CACHE_MAX_ENTRIES; index += 1) lookup.get(`key ${index}`, load);
    lookup.get('key 1', load);
    expect(loads).toBe(ACCESS_CACHE_MAX_ENTRIES + 2);
    database.close();
  });
});
