import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_BANKINGSERVICE_CLIENT_ID, devBankingServiceKeyPair } from '../customer-apis/dev-credentials';
import { EVELINE_TRIPMAN } from '../seed/seed-customers';
import { BANK, OTHER_BANK, createTestSandbox, type TestSandbox } from '../test-support/test-sandbox';
import { DOCUMENTED_CUSTOMER_BODY, DOCUMENTED_CUSTOMER_PAGE } from './bankingservice-fixtures';
import { bankingServiceCustomer, bankingServiceCustomerPage, bankingServiceError } from './bankingservice-schema';

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await createTestSandbox();
});
afterAll(async () => sandbox.close());

const { privateKey } = devBankingServiceKeyPair();
/** A JWT as a bankingservice.ai client makes it: signed with its own private key. */
const jwt = (claims: { iss?: string; iat?: number; exp?: number } = {}, key = privateKey, alg = 'EdDSA') => {
  const now = Math.floor(sandbox.clock.now / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg })
    .setIssuer(claims.iss ?? DEV_BANKINGSERVICE_CLIENT_ID)
    .setIssuedAt(claims.iat ?? now)
    .setExpirationTime(claims.exp ?? now + 120)
    .sign(key);
};
const base = (profileId = BANK) => `/bankingservice/v1/profiles/${profileId}/customers`;
async function call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown, bearer?: string) {
  return sandbox.app.inject({ method, url, headers: { authorization: `Bearer ${bearer ?? (await jwt())}` }, ...(body === undefined ? {} : { payload: body as object }) });
}
const evelineId = () => sandbox.repositories.customers.findByNumber(BANK, EVELINE_TRIPMAN.customerNumber)!.customerId;

describe('the documentation fixtures', () => {
  it('match the schema the sandbox is held to', () => {
    expect(bankingServiceCustomerPage.safeParse(DOCUMENTED_CUSTOMER_PAGE).success).toBe(true);
    expect(bankingServiceCustomer.safeParse({ ...DOCUMENTED_CUSTOMER_PAGE.data[0], premise: '58' }).success).toBe(false);
    expect(bankingServiceCustomer.safeParse({ ...DOCUMENTED_CUSTOMER_PAGE.data[0], address: { ...DOCUMENTED_CUSTOMER_PAGE.data[0].address, premise: '58' } }).success).toBe(false);
  });
});

describe('bankingservice.ai customers', () => {
  it('pages a profile’s (bank’s) customers with page, pages, size, count and data', async () => {
    const response = await call('GET', `${base()}?page=1&size=25`);
    expect(response.statusCode, response.body).toBe(200);
    const page = bankingServiceCustomerPage.parse(response.json());
    const count = Number(sandbox.database.prepare('SELECT count(*) FROM customers WHERE bank_id = ?').pluck().get(BANK));
    expect(page).toMatchObject({ page: 1, size: 25, count, pages: Math.ceil(count / 25) });
    expect(page.data).toHaveLength(25);
    const first = bankingServiceCustomerPage.parse((await call('GET', base())).json());
    expect(first).toMatchObject({ page: 0, size: 20 });
    expect(first.data[0]).toMatchObject({ id: evelineId(), first_name: 'Eveline', last_name: 'Tripman', email: EVELINE_TRIPMAN.email, phone: EVELINE_TRIPMAN.mobilePhoneNumber, company: '' });
    expect(first.data[0]!.address).toMatchObject({ country: 'GB' });
    expect(first.data[0]!.created).toMatch(/\.000Z$/);
  });

  it('shows seeded company customers with their company and contact name', async () => {
    const all = bankingServiceCustomerPage.parse((await call('GET', `${base()}?size=100`)).json()).data;
    const companies = all.filter((customer) => customer.company !== '');
    expect(companies.length).toBeGreaterThan(0);
    expect(companies[0]!.last_name).not.toBe('');
  });

  it('creates the documented example (200), which OBP and OpenWealth then show', async () => {
    const response = await call('POST', base(), DOCUMENTED_CUSTOMER_BODY);
    expect(response.statusCode, response.body).toBe(200);
    const created = bankingServiceCustomer.parse(response.json());
    expect(created).toMatchObject({ ...DOCUMENTED_CUSTOMER_BODY, created: new Date(sandbox.clock.now).toISOString() });
    const obp = sandbox.repositories.customers.findByCustomerId(created.id)!;
    expect(obp).toMatchObject({ bankId: BANK, legalName: 'text', email: DOCUMENTED_CUSTOMER_BODY.email, mobilePhoneNumber: '318000201068' });
    expect(sandbox.repositories.customerAddresses.ofCustomer(created.id)).toEqual([
      expect.objectContaining({ line1: 'text 58A', line2: 'text', city: 'Hoofddorp', state: 'Noord-Holland', postcode: 'text', countryCode: 'NL' }),
    ]);
    expect(bankingServiceCustomer.parse((await call('GET', `${base()}/${created.id}`)).json())).toEqual(created);
  });

  it('updates with PUT (members not sent stay), visible through OBP', async () => {
    const created = bankingServiceCustomer.parse((await call('POST', base(), { first_name: 'Ana', last_name: 'Lima', phone: '+31 20 555 0101' })).json());
    expect(created).toMatchObject({ company: '', address: null });
    const response = await call('PUT', `${base()}/${created.id}`, { email: 'ana.lima@example.com', address: { premise: 7, thoroughfare: 'Damrak', locality: 'Amsterdam', postal_code: '1012 LG', country: 'NL' } });
    expect(response.statusCode, response.body).toBe(200);
    const updated = bankingServiceCustomer.parse(response.json());
    expect(updated).toMatchObject({ first_name: 'Ana', last_name: 'Lima', phone: '+31 20 555 0101', email: 'ana.lima@example.com', address: { premise: 7, sub_premise: '', thoroughfare: 'Damrak', locality: 'Amsterdam' } });
    expect(sandbox.repositories.customers.findByCustomerId(created.id)).toMatchObject({ legalName: 'Ana Lima', email: 'ana.lima@example.com' });
  });

  it('deletes a customer and answers with the deleted customer; then it is not found anywhere', async () => {
    const created = bankingServiceCustomer.parse((await call('POST', base(), { company: 'Fleeting BV', first_name: 'Jan', last_name: 'Smit' })).json());
    const deleted = await call('DELETE', `${base()}/${created.id}`);
    expect(deleted.statusCode).toBe(200);
    expect(bankingServiceCustomer.parse(deleted.json())).toEqual(created);
    expect(sandbox.repositories.customers.findByCustomerId(created.id)).toBeUndefined();
    const again = await call('GET', `${base()}/${created.id}`);
    expect(again.statusCode).toBe(404);
    expect(bankingServiceError.parse(again.json())).toMatchObject({ status: 404, error: 'Resource not found' });
  });

  it('refuses invalid bodies and parameters with 400 Invalid request', async () => {
    for (const body of [{ first_name: 'X', address: { premise: '58' } }, { first_name: 'X', address: { country: 'Netherlands' } }, { email: 'x@example.com' }, { first_name: 'X', unknown: 1 }]) {
      const response = await call('POST', base(), body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(bankingServiceError.parse(response.json())).toMatchObject({ status: 400, error: 'Invalid request' });
    }
    expect((await call('GET', `${base()}?size=0`)).statusCode).toBe(400);
    expect((await call('GET', `${base()}?page=-1`)).statusCode).toBe(400);
  });

  it('keeps profiles apart: an unknown profile, or a customer of another, is not found', async () => {
    expect((await call('GET', base('no-such-bank'))).statusCode).toBe(404);
    expect((await call('GET', `${base(OTHER_BANK)}/${evelineId()}`)).statusCode).toBe(404);
  });
});

describe('bankingservice.ai authentication (client-signed JWT)', () => {
  it('accepts only a JWT signed with the registered key, not expired, not older than 5 minutes', async () => {
    const stranger = generateKeyPairSync('ed25519').privateKey;
    const now = Math.floor(sandbox.clock.now / 1000);
    const cases: Array<[string, string]> = [
      ['no token', ''],
      ['not a JWT', 'abc'],
      ['another key', await jwt({}, stranger)],
      ['unknown client', await jwt({ iss: 'someone-else' })],
      ['expired', await jwt({ iat: now - 200, exp: now - 60 })],
      ['too old', await jwt({ iat: now - 600, exp: now + 600 })],
    ];
    for (const [label, token] of cases) {
      const response = await sandbox.app.inject({ method: 'GET', url: base(), headers: token ? { authorization: `Bearer ${token}` } : {} });
      expect(response.statusCode, label).toBe(401);
      expect(bankingServiceError.parse(response.json()).error, label).toBe('Unauthorized');
    }
    expect((await call('GET', base())).statusCode).toBe(200);
  });

  it('refuses an unsigned (alg none) token', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ iss: DEV_BANKINGSERVICE_CLIENT_ID, iat: Math.floor(sandbox.clock.now / 1000), exp: Math.floor(sandbox.clock.now / 1000) + 60 })).toString('base64url');
    const response = await sandbox.app.inject({ method: 'GET', url: base(), headers: { authorization: `Bearer ${header}.${payload}.` } });
    expect(response.statusCode).toBe(401);
  });
});
