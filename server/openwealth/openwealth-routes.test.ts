import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_OPENWEALTH_CLIENT_SECRET } from '../customer-apis/dev-credentials';
import { EVELINE_TRIPMAN } from '../seed/seed-customers';
import { requestProblems, specProblems } from '../test-support/openwealth-spec';
import { BANK, createTestSandbox, type TestSandbox } from '../test-support/test-sandbox';
import { OPENWEALTH_TOKEN_TTL_SECONDS } from './openwealth-auth';

let sandbox: TestSandbox;
let token: string;
beforeAll(async () => {
  sandbox = await createTestSandbox();
  token = await tokenFor('customer-desk-openwealth');
});
afterAll(async () => sandbox.close());

async function tokenFor(clientId: string, secret = DEV_OPENWEALTH_CLIENT_SECRET): Promise<string> {
  const response = await requestToken(`grant_type=client_credentials&client_id=${clientId}&client_secret=${encodeURIComponent(secret)}`);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { access_token: string }).access_token;
}
const requestToken = (payload: string, headers: Record<string, string> = {}) =>
  sandbox.app.inject({ method: 'POST', url: '/openwealth/oauth/token', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, payload });

type Call = { params?: Record<string, string | number>; query?: Record<string, string>; body?: unknown; headers?: Record<string, string>; bearer?: string };
/** One OpenWealth request; whatever it answers is checked against the published spec. */
async function call(method: 'GET' | 'POST' | 'PUT', pathTemplate: string, { params = {}, query, body, headers = {}, bearer = token }: Call = {}) {
  const url = `/openwealth${pathTemplate.replace(/\{(\w+)\}/g, (_match, name: string) => encodeURIComponent(String(params[name])))}`;
  const options: InjectOptions = {
    method,
    url,
    headers: { 'x-correlation-id': 'corr-1', authorization: `Bearer ${bearer}`, ...headers },
    ...(query ? { query } : {}),
    ...(body === undefined ? {} : { payload: body as object }),
  };
  const response = await sandbox.app.inject(options);
  expect(specProblems(pathTemplate, method, response), `${method} ${url} ${response.statusCode} ${response.body}`).toEqual([]);
  return response;
}
const problemOf = (response: LightMyRequestResponse) => response.json() as { type: string; title: string; detail: string; instance: string };

type Customer = { customerIdentification: string; name: string; status: string; personList: Array<{ personRelation: string; personIdentification: string }>; addressList?: Array<{ addressIdentification: number }> };
type Person = { personIdentification: string; personType: string; fullName: string; personDetails: Record<string, unknown>; contactInformation?: Array<Record<string, string>>; customerList?: Array<{ customerIdentification: string }> };

describe('OpenWealth customers', () => {
  it('pages the bank’s customers by cursor and limit, the next cursor in the nextCursor header, empty at the end', async () => {
    const seen = new Set<string>();
    let cursor: string | undefined;
    let pages = 0;
    do {
      const response = await call('GET', '/customers', { query: { limit: '100', ...(cursor ? { cursor } : {}) } });
      expect(response.statusCode).toBe(200);
      const customers = response.json() as Customer[];
      expect(customers.length).toBeLessThanOrEqual(100);
      for (const customer of customers) seen.add(customer.customerIdentification);
      cursor = String(response.headers.nextcursor);
      pages += 1;
    } while (cursor !== '');
    const atBank = sandbox.database.prepare('SELECT count(*) FROM customers WHERE bank_id = ?').pluck().get(BANK);
    expect(seen.size).toBe(atBank);
    expect(pages).toBe(Math.ceil(Number(atBank) / 100));
  });

  it('echoes the X-Correlation-ID and answers one customer with its holder, joint holder, signatory and addresses', async () => {
    const response = await call('GET', '/customers/{customerId}', { params: { customerId: EVELINE_TRIPMAN.customerNumber }, headers: { 'x-correlation-id': 'abc-42' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-correlation-id']).toBe('abc-42');
    const customer = response.json() as Customer;
    expect(customer).toMatchObject({ customerIdentification: EVELINE_TRIPMAN.customerNumber, name: EVELINE_TRIPMAN.legalName, status: 'active', referenceCurrency: 'GBP' });
    expect(customer.personList.map((person) => person.personRelation)).toEqual(['accountOwner', 'accountOwner', 'authorisedSignatory']);
    expect(customer.personList[0]!.personIdentification).toBe(EVELINE_TRIPMAN.customerNumber);
    // Every address OBP holds for her: the three of the seed, and any that another check here has added since.
    const { customerId } = sandbox.repositories.customers.findByNumber(BANK, EVELINE_TRIPMAN.customerNumber)!;
    const held = sandbox.repositories.customerAddresses.ofCustomer(customerId);
    expect(held.length).toBeGreaterThanOrEqual(3);
    expect(customer.addressList?.length).toBe(held.length);
  });

  it('answers an unknown customer, a bad limit and a foreign cursor with OpenWealth problems', async () => {
    const missing = await call('GET', '/customers/{customerId}', { params: { customerId: 'nope' } });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(problemOf(missing)).toMatchObject({ type: 'resourceDoesNotExist', instance: '/openwealth/customers/nope' });
    const badLimit = await call('GET', '/customers', { query: { limit: '0' } });
    expect(badLimit.statusCode).toBe(400);
    expect(problemOf(badLimit).type).toBe('invalidPayload');
    const badCursor = await call('GET', '/customers', { query: { cursor: 'garbage' } });
    expect(badCursor.statusCode).toBe(400);
  });

  it('needs X-Correlation-ID (at most 64 characters) on every request', async () => {
    const without = await sandbox.app.inject({ method: 'GET', url: '/openwealth/customers', headers: { authorization: `Bearer ${token}` } });
    expect(without.statusCode).toBe(400);
    expect(problemOf(without)).toMatchObject({ type: 'invalidPayload', detail: 'The X-Correlation-ID header is required.' });
    const tooLong = await sandbox.app.inject({ method: 'GET', url: '/openwealth/healthcheck', headers: { authorization: `Bearer ${token}`, 'x-correlation-id': 'x'.repeat(65) } });
    expect(tooLong.statusCode).toBe(400);
  });

  it('sees only the token’s bank, and refuses a different X-CorAPI-Target-ID', async () => {
    const german = await tokenFor('customer-desk-openwealth-de');
    const eveline = await call('GET', '/customers/{customerId}', { params: { customerId: EVELINE_TRIPMAN.customerNumber }, bearer: german });
    expect(eveline.statusCode).toBe(404);
    const other = await call('GET', '/customers', { headers: { 'x-corapi-target-id': 'GENODEM1GLS' } });
    expect(other.statusCode).toBe(403);
    expect(problemOf(other).type).toBe('noAccessToResource');
  });

  it('answers a method the resource lacks with 405 wrongMethod', async () => {
    const response = await sandbox.app.inject({ method: 'DELETE', url: '/openwealth/customers/1', headers: { 'x-correlation-id': 'c', authorization: `Bearer ${token}` } });
    expect(response.statusCode).toBe(405);
    expect(problemOf(response).type).toBe('wrongMethod');
  });
});

describe('OpenWealth KYC record', () => {
  it('carries the customer with its financial and non-financial situation, education and employment from OBP', async () => {
    const response = await call('GET', '/customers/{customerId}/kyc', { params: { customerId: EVELINE_TRIPMAN.customerNumber } });
    expect(response.statusCode).toBe(200);
    const body = response.json() as { customer: Customer; kyc: { nonFinancialSituation: Record<string, unknown>; financialSituation: Record<string, unknown> } };
    expect(body.customer.customerIdentification).toBe(EVELINE_TRIPMAN.customerNumber);
    expect(body.kyc.nonFinancialSituation.profession).toBe('Architect');
    expect(body.kyc.financialSituation.monetaryWealth).toMatchObject({ currency: 'GBP' });

    const eveline = sandbox.repositories.customers.findByNumber(BANK, EVELINE_TRIPMAN.customerNumber)!;
    sandbox.repositories.customerUpdates.update(eveline.customerId, { highestEducationAttained: 'Doctorate', employmentStatus: 'Retired' }, '2025-06-01T12:00:00Z');
    const after = (await call('GET', '/customers/{customerId}/kyc', { params: { customerId: EVELINE_TRIPMAN.customerNumber } })).json() as typeof body;
    expect(after.kyc.nonFinancialSituation).toMatchObject({ educationLevel: 'Doctorate', typeOfEmployment: 'retired' });
  });
});

describe('OpenWealth persons', () => {
  it('pages every person (holders, then joint holders and signatories) without overlap', async () => {
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const response = await call('GET', '/persons', { query: { limit: '97', ...(cursor ? { cursor } : {}) } });
      ids.push(...(response.json() as Person[]).map((person) => person.personIdentification));
      cursor = String(response.headers.nextcursor);
    } while (cursor !== '');
    const customers = Number(sandbox.database.prepare('SELECT count(*) FROM customers WHERE bank_id = ?').pluck().get(BANK));
    const others = Number(sandbox.database.prepare('SELECT count(*) FROM customer_persons WHERE bank_id = ?').pluck().get(BANK));
    expect(others).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(customers + others);
  });

  it('answers the holder as a natural person with contact details from OBP’s mobile, email and handles', async () => {
    const response = await call('GET', '/persons/{personId}', { params: { personId: EVELINE_TRIPMAN.customerNumber } });
    const person = response.json() as Person;
    expect(person).toMatchObject({ personType: 'naturalPerson', fullName: EVELINE_TRIPMAN.legalName, personDetails: { personType: 'naturalPerson', givenName: 'Eveline', lastName: 'Tripman' } });
    const contents = person.contactInformation!.map((detail) => detail.contactContent);
    expect(contents).toEqual(expect.arrayContaining([EVELINE_TRIPMAN.mobilePhoneNumber, EVELINE_TRIPMAN.email]));
    expect(person.contactInformation!.some((detail) => detail.medium === 'socialMediaProfile')).toBe(true);
  });

  it('answers a company customer’s holder as a legal person and its contact as an authorised signatory', async () => {
    const companyId = sandbox.database.prepare("SELECT c.customer_number FROM customer_profiles p JOIN customers c USING (customer_id) WHERE p.person_type = 'legalPerson' AND c.bank_id = ? LIMIT 1").pluck().get(BANK) as string;
    const customer = (await call('GET', '/customers/{customerId}', { params: { customerId: companyId } })).json() as Customer;
    const signatory = customer.personList.find((person) => person.personRelation === 'authorisedSignatory')!;
    const holder = (await call('GET', '/persons/{personId}', { params: { personId: companyId } })).json() as Person;
    expect(holder.personDetails).toMatchObject({ personType: 'legalPerson', organisationName: customer.name });
    const contact = (await call('GET', '/persons/{personId}', { params: { personId: signatory.personIdentification } })).json() as Person;
    expect(contact.customerList).toEqual([{ customerIdentification: companyId }]);
  });

  it('answers an unknown person with 404', async () => {
    const response = await call('GET', '/persons/{personId}', { params: { personId: 'P999999' } });
    expect(response.statusCode).toBe(404);
  });
});

describe('OpenWealth contact details', () => {
  it('adds a contact detail to a joint holder and lists it', async () => {
    const customer = (await call('GET', '/customers/{customerId}', { params: { customerId: EVELINE_TRIPMAN.customerNumber } })).json() as Customer;
    const personId = customer.personList[1]!.personIdentification;
    const body = { medium: 'fax', contactMediumType: 'business', contactContent: '+41 44 123 45 67', additionalContactInformation: 'Office fax' };
    expect(requestProblems('contactDetails', body)).toEqual([]);
    const created = await call('POST', '/persons/{personId}/contactdetails', { params: { personId }, body });
    expect(created.statusCode).toBe(201);
    const detail = created.json() as { contactIdentification: string };
    const list = (await call('GET', '/persons/{personId}/contactdetails', { params: { personId } })).json() as Array<Record<string, string>>;
    expect(list).toContainEqual({ contactIdentification: detail.contactIdentification, ...body });
  });

  it('stores a holder’s social media profile as OBP’s social media handle', async () => {
    const body = { medium: 'socialMediaProfile', contactContent: '@eveline.new', additionalContactInformation: 'mastodon' };
    const created = await call('POST', '/persons/{personId}/contactdetails', { params: { personId: EVELINE_TRIPMAN.customerNumber }, body });
    expect(created.statusCode).toBe(201);
    const eveline = sandbox.repositories.customers.findByNumber(BANK, EVELINE_TRIPMAN.customerNumber)!;
    expect(sandbox.repositories.socialMediaHandles.ofCustomer(eveline.customerId)).toContainEqual(expect.objectContaining({ type: 'mastodon', handle: '@eveline.new' }));
  });

  it('refuses an invalid contact detail in OpenWealth’s error shape', async () => {
    const response = await call('POST', '/persons/{personId}/contactdetails', { params: { personId: EVELINE_TRIPMAN.customerNumber }, body: { medium: 'pigeon', contactContent: 'x' } });
    expect(response.statusCode).toBe(400);
    expect(problemOf(response)).toMatchObject({ type: 'invalidPayload' });
    expect(problemOf(response).detail).toContain('medium');
    const malformed = await sandbox.app.inject({
      method: 'POST',
      url: `/openwealth/persons/${EVELINE_TRIPMAN.customerNumber}/contactdetails`,
      headers: { 'x-correlation-id': 'c', authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: '{"medium":',
    });
    expect(malformed.statusCode).toBe(400);
    expect(problemOf(malformed).type).toBe('malformedPayload');
  });
});

describe('OpenWealth addresses', () => {
  const newAddress = {
    addressName: 'Zurich office',
    mailingInstruction: 'MainDispatch',
    postalAddress: {
      salutation: { salutation: 'Ms' },
      name: { givenName: 'Eveline', lastName: 'Tripman' },
      physicalAddress: { streetName: 'Bahnhofstrasse', buildingNumber: '42', addressSuffix: 'Apt 3', postCode: '8001', townName: 'Zürich', countrySubDivision: 'ZH', country: 'CH' },
      isDomicile: false,
      isMailingAddress: true,
      postCode: '8001',
      townName: 'Zürich',
      country: 'CH',
    },
  };

  it('answers the domicile address, or the one asked for', async () => {
    const response = await call('GET', '/customers/{customerId}/addresses', { params: { customerId: EVELINE_TRIPMAN.customerNumber } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ isDomicile: true, dispatchType: 'postal', postalAddress: { country: 'GB' } });
  });

  it('creates an address (201 with its id) that OBP lists, and updates it (204) through PUT', async () => {
    expect(requestProblems('addressNew', newAddress)).toEqual([]);
    const created = await call('POST', '/customers/{customerId}/addresses', { params: { customerId: EVELINE_TRIPMAN.customerNumber }, body: newAddress });
    expect(created.statusCode).toBe(201);
    const { addressIdentification } = created.json() as { addressIdentification: string };
    const eveline = sandbox.repositories.customers.findByNumber(BANK, EVELINE_TRIPMAN.customerNumber)!;
    expect(sandbox.repositories.customerAddresses.ofCustomer(eveline.customerId)).toContainEqual(
      expect.objectContaining({ line1: 'Bahnhofstrasse 42', line2: 'Apt 3', city: 'Zürich', postcode: '8001', countryCode: 'CH', tags: ['mailing'] }),
    );
    const read = await call('GET', '/customers/{customerId}/addresses', { params: { customerId: EVELINE_TRIPMAN.customerNumber }, query: { addressIdentification } });
    expect(read.json()).toMatchObject({
      addressIdentification: Number(addressIdentification),
      addressName: 'Zurich office',
      isMailingAddress: true,
      postalAddress: { physicalAddress: { streetName: 'Bahnhofstrasse', buildingNumber: '42', townName: 'Zürich' } },
    });

    const update = { addressIdentification: Number(addressIdentification), dispatchType: 'electronical', addressName: 'Zurich home', postalAddress: { ...newAddress.postalAddress, isDomicile: true, townName: 'Winterthur', postCode: '8400' } };
    expect(requestProblems('address', update)).toEqual([]);
    const updated = await call('PUT', '/customers/{customerId}/addresses', { params: { customerId: EVELINE_TRIPMAN.customerNumber }, body: update });
    expect(updated.statusCode).toBe(204);
    const after = await call('GET', '/customers/{customerId}/addresses', { params: { customerId: EVELINE_TRIPMAN.customerNumber }, query: { addressIdentification } });
    expect(after.json()).toMatchObject({ addressName: 'Zurich home', dispatchType: 'electronical', isDomicile: true, postalAddress: { townName: 'Winterthur', postCode: '8400' } });
  });

  it('refuses an address without the postal fields the standard requires, and an unknown address id', async () => {
    const invalid = await call('POST', '/customers/{customerId}/addresses', { params: { customerId: EVELINE_TRIPMAN.customerNumber }, body: { addressName: 'x', postalAddress: { salutation: {} } } });
    expect(invalid.statusCode).toBe(400);
    const unknown = await call('PUT', '/customers/{customerId}/addresses', { params: { customerId: EVELINE_TRIPMAN.customerNumber }, body: { addressIdentification: 999999, dispatchType: 'postal' } });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('OpenWealth authentication (OAuth2 client credentials)', () => {
  it('issues a bearer token for the client’s id and secret (form or Basic), and none for a wrong secret', async () => {
    const basic = Buffer.from(`customer-desk-openwealth:${DEV_OPENWEALTH_CLIENT_SECRET}`).toString('base64');
    const viaBasic = await requestToken('grant_type=client_credentials', { authorization: `Basic ${basic}` });
    expect(viaBasic.statusCode).toBe(200);
    expect(viaBasic.json()).toMatchObject({ token_type: 'Bearer', expires_in: OPENWEALTH_TOKEN_TTL_SECONDS });
    expect(viaBasic.headers['cache-control']).toBe('no-store');
    const wrong = await requestToken('grant_type=client_credentials&client_id=customer-desk-openwealth&client_secret=wrong');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ error: 'invalid_client' });
    const grant = await requestToken('grant_type=password&client_id=customer-desk-openwealth&client_secret=x');
    expect(grant.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });

  it('stores neither the secret nor the token', async () => {
    const stored = sandbox.database.prepare('SELECT secret_hash FROM oauth_clients').pluck().all() as string[];
    expect(stored.every((hash) => hash.startsWith('scrypt$') && !hash.includes(DEV_OPENWEALTH_CLIENT_SECRET))).toBe(true);
    expect(sandbox.database.prepare('SELECT count(*) FROM oauth_access_tokens WHERE token_hash = ?').pluck().get(token)).toBe(0);
  });

  it('answers a missing, unknown or expired token with 401 invalidToken / expiredToken', async () => {
    const unknown = await call('GET', '/customers', { bearer: 'not-a-token' });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.headers['www-authenticate']).toContain('Bearer');
    const missing = await sandbox.app.inject({ method: 'GET', url: '/openwealth/customers', headers: { 'x-correlation-id': 'c' } });
    expect(missing.statusCode).toBe(401);
    expect(problemOf(missing).type).toBe('invalidToken');
    const fresh = await tokenFor('customer-desk-openwealth');
    sandbox.clock.now += OPENWEALTH_TOKEN_TTL_SECONDS * 1000;
    const expired = await call('GET', '/customers', { bearer: fresh });
    sandbox.clock.now -= OPENWEALTH_TOKEN_TTL_SECONDS * 1000;
    expect(expired.statusCode).toBe(401);
    expect(problemOf(expired).type).toBe('expiredToken');
  });
});

describe('bLink health check', () => {
  it('answers a timestamp and a confirmation of receipt', async () => {
    const response = await sandbox.app.inject({ method: 'GET', url: '/openwealth/healthcheck', headers: { 'x-correlation-id': 'h-1', authorization: `Bearer ${token}` } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-correlation-id']).toBe('h-1');
    expect(response.json()).toEqual({ timestamp: new Date(sandbox.clock.now).toISOString(), status: 'received' });
  });
});
