import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openSandboxDatabase } from '../database/sandbox-database';
import { createAnswerCache } from '../repositories/answer-cache';
import { BANK, createTestSandbox, errorOf, type TestSandbox } from '../test-support/test-sandbox';

/**
 * GET customer's answer and the phone search's pages are cached serialised (repositories/answer-cache.ts). Each test
 * makes the server answer twice (the second from the cache), changes the database — through the API, in plain SQL,
 * from another connection, or by revoking a role — and expects the very next request to see it.
 */
let sandbox: TestSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

const started = async () => {
  sandbox = await createTestSandbox({ customers: 20 });
  return sandbox;
};
const aCustomerOf = (current: TestSandbox) =>
  current.repositories.customers.pageAtBank(BANK, { limit: 1, offset: 0, sortDirection: 'ASC' })[0]!.customerId;
const call = async (current: TestSandbox, user: 'manager' | 'admin' | 'teller', method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) =>
  current.app.inject({ method, url: `/obp/v5.1.0${url}`, headers: { DirectLogin: `token=${await current.tokenOf(user)}` }, ...(payload ? { payload } : {}) });
const getCustomer = async (current: TestSandbox, customerId: string, user: 'manager' | 'teller' = 'manager') => {
  const response = await call(current, user, 'GET', `/banks/${BANK}/customers/${customerId}`);
  return { response, body: response.statusCode === 200 ? (response.json() as { email: string; legal_name: string; customer_attributes: Array<{ name: string }> }) : undefined };
};
const search = async (current: TestSandbox, pattern: string) => {
  const response = await call(current, 'manager', 'POST', `/banks/${BANK}/search/customers/mobile-phone-number?limit=20&offset=0`, { mobile_phone_number: pattern });
  expect(response.statusCode, response.body).toBe(201);
  return { total: response.headers['x-total-count'], numbers: (response.json() as { customers: Array<{ mobile_phone_number: string }> }).customers.map((customer) => customer.mobile_phone_number) };
};

describe('a cached GET customer answer is never stale', () => {
  it('sees an update made through the API at the next request', async () => {
    const current = await started();
    const customerId = aCustomerOf(current);
    const before = await getCustomer(current, customerId);
    expect((await getCustomer(current, customerId)).body).toEqual(before.body);
    expect(before.response.headers['content-type']).toBe('application/json; charset=utf-8');

    const put = await call(current, 'manager', 'PUT', `/banks/${BANK}/customers/${customerId}/email`, { email: 'changed@example.org' });
    expect(put.statusCode, put.body).toBe(200);
    expect((await getCustomer(current, customerId)).body?.email).toBe('changed@example.org');
  });

  it('sees an attribute added through the API, and a change made in plain SQL, at the next request', async () => {
    const current = await started();
    const customerId = aCustomerOf(current);
    const before = (await getCustomer(current, customerId)).body!.customer_attributes.map((attribute) => attribute.name);
    const created = await call(current, 'admin', 'POST', `/banks/${BANK}/customers/${customerId}/attribute`, { name: 'TAX_NUMBER', type: 'STRING', value: '123456789' });
    expect(created.statusCode, created.body).toBe(201);
    expect((await getCustomer(current, customerId)).body?.customer_attributes.map((attribute) => attribute.name)).toEqual([...before, 'TAX_NUMBER']);

    current.database.prepare('UPDATE customers SET legal_name = ? WHERE customer_id = ?').run('Renamed In SQL', customerId);
    expect((await getCustomer(current, customerId)).body?.legal_name).toBe('Renamed In SQL');
    current.database.prepare('DELETE FROM customer_attributes WHERE customer_id = ?').run(customerId);
    expect((await getCustomer(current, customerId)).body?.customer_attributes).toEqual([]);
    current.database.prepare('DELETE FROM customers WHERE customer_id = ?').run(customerId);
    expect((await getCustomer(current, customerId)).response.statusCode).toBe(404);
  });

  it('refuses a user whose role was revoked although the answer is cached (authorization runs on every request)', async () => {
    const current = await started();
    const customerId = aCustomerOf(current);
    expect((await getCustomer(current, customerId, 'teller')).response.statusCode).toBe(200);
    expect((await getCustomer(current, customerId, 'teller')).response.statusCode).toBe(200);
    const tellerId = current.repositories.users.findByUsername('teller')!.userId;
    current.database.prepare("DELETE FROM entitlements WHERE user_id = ? AND role_name = 'CanGetCustomer'").run(tellerId);
    const refused = (await getCustomer(current, customerId, 'teller')).response;
    expect(refused.statusCode).toBe(403);
    expect(errorOf(refused).message).toBe(`OBP-20006: User is missing one or more roles: CanGetCustomer at Bank(${BANK})`);
  });
});

describe('a cached phone search page is never stale', () => {
  it('sees a number changed through the API and one changed in plain SQL at the next request', async () => {
    const current = await started();
    const pattern = '%99999%';
    const empty = await search(current, pattern);
    expect(empty).toEqual({ total: '0', numbers: [] });
    expect(await search(current, pattern)).toEqual(empty);

    const [first, second] = current.repositories.customers.pageAtBank(BANK, { limit: 2, offset: 0, sortDirection: 'ASC' });
    const put = await call(current, 'manager', 'PUT', `/banks/${BANK}/customers/${first!.customerId}/mobile-number`, { mobile_phone_number: '+44 7700 999990' });
    expect(put.statusCode, put.body).toBe(200);
    expect(await search(current, pattern)).toEqual({ total: '1', numbers: ['+44 7700 999990'] });

    current.database.prepare('UPDATE customers SET mobile_phone_number = ? WHERE customer_id = ?').run('+44 7700 999991', second!.customerId);
    expect((await search(current, pattern)).total).toBe('2');
  });

  it('refuses a user whose role was revoked although the page is cached', async () => {
    const current = await started();
    const url = `/banks/${BANK}/search/customers/mobile-phone-number?limit=20&offset=0`;
    expect((await call(current, 'manager', 'POST', url, { mobile_phone_number: '%4%' })).statusCode).toBe(201);
    const managerId = current.repositories.users.findByUsername('manager')!.userId;
    current.database.prepare("DELETE FROM entitlements WHERE user_id = ? AND role_name IN ('CanGetCustomer', 'CanGetCustomers', 'CanGetCustomersAtAnyBank')").run(managerId);
    expect((await call(current, 'manager', 'POST', url, { mobile_phone_number: '%4%' })).statusCode).toBe(403);
  });
});

describe('the answer cache across connections', () => {
  let directory: string | undefined;
  afterEach(() => {
    if (directory) rmSync(directory, { recursive: true, force: true });
    directory = undefined;
  });

  it('reads again after another connection (another worker process) wrote', async () => {
    directory = mkdtempSync(join(tmpdir(), 'answer-cache-'));
    const path = join(directory, 'sandbox.db');
    const database = openSandboxDatabase(path);
    const other = new Database(path);
    try {
      const answers = createAnswerCache(database);
      let loads = 0;
      const load = () => Buffer.from(`answer ${(loads += 1)}`);
      expect(answers.customer(BANK, 'c1', load).toString()).toBe('answer 1');
      expect(answers.customer(BANK, 'c1', load).toString()).toBe('answer 1');
      // A new request is a new run of the event loop: the version of the database is read again then.
      await new Promise((resolve) => setImmediate(resolve));
      expect(answers.customer(BANK, 'c1', load).toString()).toBe('answer 1');
      // Any committed write of another connection changes data_version (which table it wrote cannot be known here).
      other.prepare('INSERT INTO schema_migrations (version, description) VALUES (100000, ?)').run('a write of another process');
      await new Promise((resolve) => setImmediate(resolve));
      expect(answers.customer(BANK, 'c1', load).toString()).toBe('answer 2');
    } finally {
      other.close();
      database.close();
    }
  });
});
