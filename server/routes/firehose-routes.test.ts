import { customerListV300 } from '@/api/schemas/customers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandboxConfigFromEnvironment } from '../config';
import { customerRecordRequests } from '../test-support/customer-record-requests';
import { BANK, OTHER_BANK, createTestSandbox, errorOf, type TestSandbox } from '../test-support/test-sandbox';
import { parseFilterDate } from './firehose-routes';

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await createTestSandbox({ config: { allowCustomerFirehose: true, searchResultCeiling: 500 } });
});
afterAll(async () => sandbox.close());

const { as, anonymous, newCustomer, userWithRoles, unique, expectUnauthorized, expectMissingRole, expectError } = customerRecordRequests(() => sandbox);

const firehose = (query = '', bankId = BANK, version = 'v5.1.0') => `/obp/${version}/banks/${bankId}/firehose/customers${query}`;
const customers = async (query = '', bankId = BANK) => {
  const response = await as('admin', 'GET', firehose(query, bankId));
  expect(response.statusCode, response.body).toBe(200);
  return customerListV300.parse(response.json()).customers;
};

describe('GET /banks/BANK_ID/firehose/customers (v3.1.0)', () => {
  it('needs a login', async () => {
    expectUnauthorized(await anonymous('GET', firehose()));
  });

  it('needs CanUseCustomerFirehoseAtAnyBank (an any-bank role)', async () => {
    expectMissingRole(await as('manager', 'GET', firehose()), 'OBP-20006: User is missing one or more roles: CanUseCustomerFirehoseAtAnyBank');
    const request = await userWithRoles([['CanUseCustomerFirehoseAtAnyBank', '']]);
    expect((await request('GET', firehose())).statusCode).toBe(200);
  });

  it('answers 50 customers of the bank by default (CustomerJSONsV300), newest last_ok_date first', async () => {
    const found = await customers();
    expect(found).toHaveLength(50);
    expect(found.every((customer) => customer.bank_id === BANK)).toBe(true);
    const dates = found.map((customer) => customer.last_ok_date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect((await customers('', OTHER_BANK)).every((customer) => customer.bank_id === OTHER_BANK)).toBe(true);
  });

  it('pages with limit, offset and sort_direction, without overlap', async () => {
    const all = await customers('?limit=500&sort_direction=ASC');
    const pages = [...(await customers('?limit=100&sort_direction=asc')), ...(await customers('?limit=100&offset=100&sort_direction=asc'))];
    expect(pages.map((customer) => customer.customer_id)).toEqual(all.slice(0, 200).map((customer) => customer.customer_id));
  });

  it('keeps customers updated between from_date and to_date', async () => {
    const customer = await newCustomer();
    sandbox.clock.now += 2 * 3_600_000;
    const updatedAt = new Date(sandbox.clock.now).toISOString();
    await as('manager', 'PUT', `/obp/v5.1.0/banks/${BANK}/customers/${customer.customer_id}/email`, { email: 'updated@example.com' });
    const shifted = (seconds: number) => new Date(Date.parse(updatedAt) + seconds * 1000).toISOString();
    const recent = await customers(`?from_date=${shifted(-3600)}&limit=500`);
    expect(recent.map((found) => found.customer_id)).toContain(customer.customer_id);
    expect(recent.every((found) => found.bank_id === BANK)).toBe(true);
    expect((await customers(`?from_date=${shifted(1)}&limit=500`)).map((found) => found.customer_id)).not.toContain(customer.customer_id);
    const before = await customers(`?to_date=${shifted(-1)}&limit=500`);
    expect(before.map((found) => found.customer_id)).not.toContain(customer.customer_id);
    expect(before.length).toBeGreaterThan(100);
    // The fallback format with an RFC 822 zone: an hour later in UTC+1 is the same instant.
    const inZone = `${shifted(0).slice(0, 11)}${String(new Date(updatedAt).getUTCHours() + 1).padStart(2, '0')}${shifted(0).slice(13, 23)}%2B0100`;
    expect((await customers(`?from_date=${inZone}&limit=500`)).map((found) => found.customer_id)).toContain(customer.customer_id);
  });

  it.each([
    ['?sort_direction=sideways', 'OBP-10023: obp_sort_direction parameter can only take two values: DESC or ASC!'],
    ['?from_date=2025-06-01', "OBP-10026: Failed to parse date string. Please use this format yyyy-MM-dd'T'HH:mm:ss.SSS'Z'!"],
    ['?to_date=2025-06-01T00:00:00Z', "OBP-10026: Failed to parse date string. Please use this format yyyy-MM-dd'T'HH:mm:ss.SSS'Z'!"],
    ['?from_date=2025-02-30T00:00:00.000Z', "OBP-10026: Failed to parse date string. Please use this format yyyy-MM-dd'T'HH:mm:ss.SSS'Z'!"],
    ['?limit=0', 'OBP-10025: wrong value for obp_limit parameter. Please send a positive integer (=>1)!'],
    ['?offset=-1', 'OBP-10024: wrong value for obp_offset parameter. Please send a positive integer (=>0)!'],
    // OBP checks sort_direction, from_date, to_date, limit, offset in this order.
    ['?limit=0&from_date=soon', "OBP-10026: Failed to parse date string. Please use this format yyyy-MM-dd'T'HH:mm:ss.SSS'Z'!"],
    ['?offset=x&sort_direction=up', 'OBP-10023: obp_sort_direction parameter can only take two values: DESC or ASC!'],
  ])('refuses %s with OBP-10016 wrapping the reason', async (query, reason) => {
    expect(errorOf(await as('admin', 'GET', firehose(query)))).toEqual({ code: 400, message: `OBP-10016: Incorrect filter Parameters in URL.  <- ${reason}` });
  });

  it('keeps, of the page, the customers that have one of the attribute filters (name=value)', async () => {
    const first = await newCustomer();
    const second = await newCustomer();
    const attribute = (customerId: string, name: string, value: string) =>
      as('admin', 'POST', `/obp/v5.1.0/banks/${BANK}/customers/${customerId}/attribute`, { name, type: 'STRING', value });
    const segment = `S${unique()}`;
    await attribute(first.customer_id, 'SEGMENT_TEST', segment);
    await attribute(second.customer_id, 'SEGMENT_TEST', `${segment}-other`);
    const page = '&limit=500&sort_direction=asc';
    expect((await customers(`?SEGMENT_TEST=${segment}${page}`)).map((found) => found.customer_id)).toEqual([first.customer_id]);
    // Repeated values and several names are joined with OR, as OBP's attribute query does.
    const either = await customers(`?SEGMENT_TEST=${segment}&SEGMENT_TEST=${segment}-other${page}`);
    expect(either.map((found) => found.customer_id).sort()).toEqual([first.customer_id, second.customer_id].sort());
    // Any other parameter is an attribute filter too, so an unrelated one empties the answer (as in OBP).
    expect(await customers(`?locale=en_GB${page}`)).toEqual([]);
  });

  it('answers an unknown bank with 404 after the role', async () => {
    expectError(await as('admin', 'GET', firehose('', 'no.such.bank')), 404, /^OBP-30001: /);
  });

  it('is served from v3.1.0 on', async () => {
    expect((await as('admin', 'GET', firehose('', BANK, 'v3.1.0'))).statusCode).toBe(200);
    expect((await as('admin', 'GET', firehose('', BANK, 'v3.0.0'))).statusCode).toBe(404);
  });
});

describe('the firehose switch', () => {
  it('is off unless ALLOW_CUSTOMER_FIREHOSE (or its alias ALLOW_FIREHOSE_VIEWS) is true', () => {
    expect(sandboxConfigFromEnvironment({}, undefined).allowCustomerFirehose).toBe(false);
    expect(sandboxConfigFromEnvironment({ ALLOW_CUSTOMER_FIREHOSE: 'true' }, undefined).allowCustomerFirehose).toBe(true);
    expect(sandboxConfigFromEnvironment({ ALLOW_FIREHOSE_VIEWS: 'TRUE' }, undefined).allowCustomerFirehose).toBe(true);
    expect(sandboxConfigFromEnvironment({ ALLOW_CUSTOMER_FIREHOSE: 'false', ALLOW_FIREHOSE_VIEWS: 'true' }, undefined).allowCustomerFirehose).toBe(false);
    expect(() => sandboxConfigFromEnvironment({ ALLOW_CUSTOMER_FIREHOSE: 'yes' }, undefined)).toThrow('ALLOW_CUSTOMER_FIREHOSE must be true or false, got "yes"');
  });

  it('answers 400 with OBP’s account-firehose message (OBP-00009) when off, before the role is checked', async () => {
    const off = await createTestSandbox({ customers: 10 });
    try {
      for (const user of ['admin', 'teller'] as const) {
        const response = await off.as(user, { method: 'GET', url: firehose() });
        expect(errorOf(response)).toEqual({
          code: 400,
          message: 'OBP-00009: Account firehose is not allowed on this instance. Please set allow_account_firehose = true in props files. ',
        });
      }
    } finally {
      await off.close();
    }
  });
});

describe('parseFilterDate', () => {
  it('reads OBP’s two formats and refuses the rest', () => {
    expect(parseFilterDate('2017-09-19T02:31:05.000Z')).toBe(Date.UTC(2017, 8, 19, 2, 31, 5));
    expect(parseFilterDate('2017-09-19T02:31:05.250-0200')).toBe(Date.UTC(2017, 8, 19, 4, 31, 5, 250));
    for (const text of ['2017-09-19T02:31:05Z', '2017-09-19', '2017-09-19T24:00:00.000Z', '2017-02-29T00:00:00.000Z', 'now']) {
      expect(parseFilterDate(text)).toBeUndefined();
    }
  });
});
