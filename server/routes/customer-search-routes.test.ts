import { customerListV300 } from '@/api/schemas/customers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchesLikePattern } from '../search/like-pattern';
import { EVELINE_TRIPMAN } from '../seed/seed-customers';
import { BANK, OTHER_BANK, createTestSandbox, errorOf, type StaffUser, type TestSandbox } from '../test-support/test-sandbox';

const CEILING = 100;
let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await createTestSandbox({ customers: 400, config: { searchResultCeiling: CEILING } });
});
afterAll(async () => sandbox.close());

const url = (bankId = BANK, query = '', version = 'v5.1.0') => `/obp/${version}/banks/${bankId}/search/customers/mobile-phone-number${query}`;
const search = (payload: unknown, options: { bankId?: string; query?: string; version?: string; user?: StaffUser } = {}) =>
  sandbox.as(options.user ?? 'teller', {
    method: 'POST',
    url: url(options.bankId, options.query, options.version),
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify(payload),
  });
const customersOf = (response: Awaited<ReturnType<typeof search>>) => {
  expect(response.statusCode, response.body).toBe(201);
  return customerListV300.parse(response.json()).customers;
};

describe('POST /banks/BANK_ID/search/customers/mobile-phone-number', () => {
  it('needs a login (and no role)', async () => {
    const response = await sandbox.app.inject({
      method: 'POST',
      url: url(),
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ mobile_phone_number: '%' }),
    });
    expect(response.statusCode).toBe(401);
    expect(errorOf(response).message).toBe('OBP-20001: User not logged in. Authentication is required!');
  });

  it.each(['v4.0.0', 'v5.0.0', 'v5.1.0'])('answers 201 with the matches under %s', async (version) => {
    const customers = customersOf(await search({ mobile_phone_number: '%444 876' }, { version }));
    expect(customers.map((customer) => customer.legal_name)).toContain(EVELINE_TRIPMAN.legalName);
    expect(customers.every((customer) => customer.mobile_phone_number.endsWith('444 876'))).toBe(true);
  });

  it('is not served before v4.0.0', async () => {
    expect((await search({ mobile_phone_number: '%' }, { version: 'v3.1.0' })).statusCode).toBe(404);
  });

  it('matches a pattern without wildcards against the whole number', async () => {
    expect(customersOf(await search({ mobile_phone_number: EVELINE_TRIPMAN.mobilePhoneNumber })).map((customer) => customer.customer_number)).toEqual([
      EVELINE_TRIPMAN.customerNumber,
    ]);
    expect(customersOf(await search({ mobile_phone_number: '07972 444 876' }))).toEqual([]);
  });

  it('stays within the bank: the other bank’s customer with the same number is not returned', async () => {
    const atBank = customersOf(await search({ mobile_phone_number: EVELINE_TRIPMAN.mobilePhoneNumber }));
    const atOtherBank = customersOf(await search({ mobile_phone_number: EVELINE_TRIPMAN.mobilePhoneNumber }, { bankId: OTHER_BANK }));
    expect(atBank.map((customer) => customer.bank_id)).toEqual([BANK]);
    expect(atOtherBank.map((customer) => customer.bank_id)).toEqual([OTHER_BANK]);
    expect(atBank[0]!.customer_id).not.toBe(atOtherBank[0]!.customer_id);
  });

  it('answers an empty list for a bank that does not exist, as OBP (which does not check the bank)', async () => {
    expect(customersOf(await search({ mobile_phone_number: '%' }, { bankId: 'no.such.bank' }))).toEqual([]);
  });

  it('refuses a body that is not PostCustomerPhoneNumberJsonV400 (the Explorer’s customer_phone_number is wrong)', async () => {
    const response = await search({ customer_phone_number: '%444%' });
    expect(errorOf(response)).toEqual({ code: 400, message: 'OBP-10001: Incorrect json format. The Json body should be the PostCustomerPhoneNumberJsonV400 ' });
  });

  it('answers a non-JSON body with OBP’s 404', async () => {
    const response = await sandbox.as('teller', { method: 'POST', url: url(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'mobile_phone_number=%25' });
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).message).toMatch(/^OBP-10404: /);
  });

  it('refuses a pattern longer than any number could need', async () => {
    const response = await search({ mobile_phone_number: '%'.repeat(10_001) });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).message).toMatch(/^OBP-10001: .*mobile_phone_number/);
  });
});

describe('paging (sandbox extension)', () => {
  const everyMatch = (pattern: string) =>
    sandbox.repositories.customers
      .findByRowIds(sandbox.repositories.phoneSearch.findMatches(BANK, '%', { strategy: 'bank-scan' }).ids)
      .filter((customer) => matchesLikePattern(pattern, customer.mobilePhoneNumber));

  it('answers one page and the number of matches in X-Total-Count, in a stable order', async () => {
    const pattern = '%4%';
    const expected = everyMatch(pattern).map((customer) => customer.customerId);
    expect(expected.length).toBeGreaterThan(CEILING);
    const seen: string[] = [];
    for (let offset = 0; offset < expected.length + 20; offset += 20) {
      const response = await search({ mobile_phone_number: pattern }, { query: `?limit=20&offset=${offset}` });
      expect(response.headers['x-total-count']).toBe(String(expected.length));
      seen.push(...customersOf(response).map((customer) => customer.customer_id));
    }
    expect(seen).toEqual(expected);
  });

  it('defaults a missing limit to 50 and a missing offset to 0', async () => {
    const response = await search({ mobile_phone_number: '%' }, { query: '?offset=0' });
    expect(customersOf(response)).toHaveLength(50);
    expect(customersOf(await search({ mobile_phone_number: '%' }, { query: '?limit=3' }))).toHaveLength(3);
  });

  it('without limit and offset answers every match as OBP, up to the ceiling', async () => {
    const pattern = '+44 07%';
    const expected = everyMatch(pattern).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThanOrEqual(CEILING);
    const response = await search({ mobile_phone_number: pattern });
    expect(customersOf(response)).toHaveLength(expected);
    expect(response.headers['x-total-count']).toBeUndefined();
  });

  it('refuses to answer more matches than the ceiling at once, saying to page', async () => {
    const total = everyMatch('%').length;
    const response = await search({ mobile_phone_number: '%' });
    expect(errorOf(response)).toEqual({
      code: 400,
      message: `OBP-10012: Invalid value. Maximum number is ${CEILING}. The pattern matches ${total} customers: send the limit and offset query parameters to page through them.`,
    });
  });

  it.each([
    ['?limit=0', 'OBP-10025: wrong value for obp_limit parameter. Please send a positive integer (=>1)!'],
    ['?limit=20&offset=x', 'OBP-10024: wrong value for obp_offset parameter. Please send a positive integer (=>0)!'],
    [`?limit=${CEILING + 1}`, `OBP-10012: Invalid value. Maximum number is ${CEILING}.`],
  ])('validates %s like the v5 list', async (query, reason) => {
    const response = await search({ mobile_phone_number: '%' }, { query });
    expect(errorOf(response)).toEqual({ code: 400, message: `OBP-10016: Incorrect filter Parameters in URL.  <- ${reason}` });
  });
});

describe('like plain OBP (SANDBOX_EXTENSIONS=none)', () => {
  let obpLike: TestSandbox;
  beforeAll(async () => {
    obpLike = await createTestSandbox({ customers: 400, config: { searchResultCeiling: CEILING, extensions: new Set() } });
  });
  afterAll(async () => obpLike.close());

  const searchObpLike = async (query = '') =>
    obpLike.as('teller', {
      method: 'POST',
      url: url(BANK, query),
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ mobile_phone_number: '%' }),
    });

  it('answers every match in one list, beyond the paging ceiling, with no X-Total-Count', async () => {
    const atBank = obpLike.repositories.phoneSearch.findMatches(BANK, '%', { strategy: 'bank-scan' }).ids.length;
    expect(atBank).toBeGreaterThan(CEILING);
    const response = await searchObpLike();
    expect(customersOf(response)).toHaveLength(atBank);
    expect(response.headers['x-total-count']).toBeUndefined();
  });

  it('ignores limit and offset, as OBP does with parameters it does not know', async () => {
    const everyMatch = customersOf(await searchObpLike()).map((customer) => customer.customer_id);
    const response = await searchObpLike('?limit=3&offset=5');
    expect(customersOf(response).map((customer) => customer.customer_id)).toEqual(everyMatch);
    expect(response.headers['x-total-count']).toBeUndefined();
  });
});
