import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerRecordRequests } from '../test-support/customer-record-requests';
import { BANK, createTestSandbox, errorOf, type TestSandbox } from '../test-support/test-sandbox';

/**
 * `SANDBOX_EXTENSIONS=none`: what the sandbox keeps beyond OBP is switched off and it answers as OBP's code does, so
 * the console can be tried against OBP's behaviour. (Capabilities, phone search, credit-limit requests and KYC
 * statuses have their tests beside their routes.)
 */
let extended: TestSandbox;
let obpLike: TestSandbox;
beforeAll(async () => {
  extended = await createTestSandbox({ customers: 0 });
  obpLike = await createTestSandbox({ customers: 0, config: { extensions: new Set() } });
});
afterAll(async () => {
  await extended.close();
  await obpLike.close();
});

const ADDRESS = { line_1: '1 Road', line_2: '', line_3: '', city: 'Berlin', county: '', state: 'Brandenburg', postcode: '13359', country_code: 'DE', tags: ['home'], status: 'OK' };
const handle = (customerNumber: string, name: string) => ({
  customer_number: customerNumber,
  type: 'twitter',
  handle: name,
  date_added: '2024-05-01T09:30:00Z',
  date_activated: '2024-05-02T00:00:00Z',
});

describe('address status (address-status)', () => {
  it.each([
    ['keeps the posted status with the extension', () => extended, 'OK'],
    ['answers the state as the status without it, as OBP’s getter does', () => obpLike, 'Brandenburg'],
  ] as const)('%s', async (_case, sandbox, status) => {
    const { as, newCustomer } = customerRecordRequests(sandbox);
    const customer = await newCustomer();
    const created = await as('admin', 'POST', `/obp/v5.1.0/banks/${BANK}/customers/${customer.customer_id}/address`, ADDRESS);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ state: 'Brandenburg', status });
    const listed = await as('admin', 'GET', `/obp/v5.1.0/banks/${BANK}/customers/${customer.customer_id}/addresses`);
    expect((listed.json() as { addresses: Array<{ status: string }> }).addresses.map((address) => address.status)).toEqual([status]);
  });
});

describe('social media handles (multiple-social-media-handles)', () => {
  it('takes a second handle with the extension', async () => {
    const { as, newCustomer } = customerRecordRequests(() => extended);
    const customer = await newCustomer();
    const url = `/obp/v5.1.0/banks/${BANK}/customers/${customer.customer_id}/social_media_handles`;
    expect((await as('admin', 'POST', url, handle(customer.customer_number, '@one'))).statusCode).toBe(201);
    expect((await as('admin', 'POST', url, handle(customer.customer_number, '@two'))).statusCode).toBe(201);
  });

  it('refuses a second handle without it, as OBP’s one-per-customer index does', async () => {
    const { as, newCustomer } = customerRecordRequests(() => obpLike);
    const customer = await newCustomer();
    const url = `/obp/v5.1.0/banks/${BANK}/customers/${customer.customer_id}/social_media_handles`;
    expect((await as('admin', 'POST', url, handle(customer.customer_number, '@one'))).statusCode).toBe(201);
    const second = await as('admin', 'POST', url, handle(customer.customer_number, '@two'));
    expect(errorOf(second)).toEqual({
      code: 400,
      message: 'OBP-50005: An unspecified or internal error occurred. Server error: could not add: the customer already has a social media handle.',
    });
  });
});

describe('a taken customer number on create (customer-number-check)', () => {
  it.each([
    ['OBP-30006 with the extension', () => extended, /^OBP-30006: Customer Number already exists\./],
    ['OBP-30051 without it, where OBP’s insert fails', () => obpLike, /^OBP-30051: Cannot create Customer$/],
  ] as const)('%s', async (_case, sandbox, message) => {
    const { as } = customerRecordRequests(sandbox);
    const body = { legal_name: 'Taken Number', mobile_phone_number: '+44 7700 900000', customer_number: 'TAKEN-1' };
    const url = `/obp/v5.1.0/banks/${BANK}/customers`;
    const first = await as('admin', 'POST', url, body);
    const second = await as('admin', 'POST', url, body);
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(400);
    expect(errorOf(second).message).toMatch(message);
  });
});
