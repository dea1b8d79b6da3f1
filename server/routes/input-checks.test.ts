import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerRecordRequests } from '../test-support/customer-record-requests';
import { BANK, createTestSandbox, type TestSandbox } from '../test-support/test-sandbox';

/*
 * The `input-checks` extension: what OBP stores without a question is refused in OBP's error shape, and without the
 * extension the same bodies are stored as OBP stores them. The sandbox's clock is 2025-06-01T12:00:00Z.
 */

let sandbox: TestSandbox;
let plain: TestSandbox;
beforeAll(async () => {
  sandbox = await createTestSandbox({ customers: 0 });
  plain = await createTestSandbox({ customers: 0, config: { extensions: new Set() } });
});
afterAll(async () => {
  await sandbox.close();
  await plain.close();
});

const strict = customerRecordRequests(() => sandbox);
const loose = customerRecordRequests(() => plain);
const customers = `/obp/v5.1.0/banks/${BANK}/customers`;
const INVALID = /^OBP-10001: Incorrect json format\. The field /;

describe('createCustomer with input checks', () => {
  it.each([
    ['abc', 'no digit'],
    ['not a phone ☎️ 电话', 'symbols and Chinese characters'],
    ['+44 7700 900123; DROP', 'a semicolon'],
  ])('refuses the mobile number %j (%s) with 400 OBP-10001', async (mobile) => {
    const response = await strict.as('admin', 'POST', customers, { legal_name: 'Phone Check', mobile_phone_number: mobile });
    strict.expectError(response, 400, /^OBP-10001: Incorrect json format\. The field mobile_phone_number is not a phone number/);
  });

  it.each(['+44 07972 444 876', '0044-7972-444876', '(201) 555-0101', '+49 (0)30 1234567', '1-800-FLOWERS'])(
    'takes the number %j in any notation',
    async (mobile) => {
      const response = await strict.as('admin', 'POST', customers, { legal_name: 'Phone Check', mobile_phone_number: mobile });
      expect(response.statusCode, response.body).toBe(201);
    },
  );

  it('refuses a birth date in the future, and a limit with more decimals than its currency has', async () => {
    const future = await strict.as('admin', 'POST', customers, { legal_name: 'Born Later', mobile_phone_number: '+44 7912 345678', date_of_birth: '2030-01-01T00:00:00Z' });
    strict.expectError(future, 400, /The field date_of_birth must not be in the future\.$/);
    const gbp = await strict.as('admin', 'POST', customers, {
      legal_name: 'Three Decimals',
      mobile_phone_number: '+44 7912 345678',
      credit_limit: { currency: 'GBP', amount: '100.125' },
    });
    strict.expectError(gbp, 400, /The field credit_limit\.amount has 3 decimal places; GBP has 2\.$/);
    const yen = await strict.as('admin', 'POST', customers, {
      legal_name: 'Yen Decimals',
      mobile_phone_number: '+44 7912 345678',
      credit_limit: { currency: 'JPY', amount: '100.5' },
    });
    strict.expectError(yen, 400, /JPY has 0\.$/);
    const today = await strict.as('admin', 'POST', customers, {
      legal_name: 'Born Today',
      mobile_phone_number: '+44 7912 345678',
      date_of_birth: '2025-06-01T00:00:00Z',
      credit_limit: { currency: 'GBP', amount: '100.50' },
    });
    expect(today.statusCode, today.body).toBe(201);
  });

  it('without the extension stores them, as OBP does', async () => {
    const response = await loose.as('admin', 'POST', customers, {
      legal_name: 'As OBP',
      mobile_phone_number: 'abc',
      date_of_birth: '2030-01-01T00:00:00Z',
      credit_limit: { currency: 'GBP', amount: '100.125' },
    });
    expect(response.statusCode, response.body).toBe(201);
  });
});

describe('updates with input checks', () => {
  it('refuses a mobile number that is no phone number, and a future date of birth', async () => {
    const customer = await strict.newCustomer();
    const base = `${customers}/${customer.customer_id}`;
    strict.expectError(await strict.as('admin', 'PUT', `${base}/mobile-number`, { mobile_phone_number: 'call me' }), 400, INVALID);
    const identity = { legal_name: 'Later', date_of_birth: '2031-05-05T00:00:00Z', title: '', name_suffix: '' };
    strict.expectError(await strict.as('admin', 'PUT', `${base}/identity`, identity), 400, /date_of_birth must not be in the future/);
    strict.expectError(
      await strict.as('admin', 'PUT', `${base}/credit-limit`, { credit_limit: { currency: 'GBP', amount: '1.001' } }),
      400,
      /GBP has 2/,
    );
    expect((await strict.as('admin', 'PUT', `${base}/mobile-number`, { mobile_phone_number: '+44 7912 345678' })).statusCode).toBe(200);
  });

  it('refuses KYC checks, statuses and social-media handles dated in the future', async () => {
    const customer = await strict.newCustomer();
    const base = `${customers}/${customer.customer_id}`;
    const admin = await sandbox.repositories.users.findByUsername('admin');
    const check = {
      customer_number: customer.customer_number,
      date: '2027-01-01T10:00:00Z',
      how: 'Video call',
      staff_user_id: admin!.userId,
      staff_name: 'admin',
      satisfied: true,
      comments: '',
    };
    strict.expectError(await strict.as('admin', 'PUT', `${base}/kyc_check/future-check`, check), 400, /The field date must not be in the future/);
    const status = { customer_number: customer.customer_number, ok: true, date: '2027-01-01T10:00:00Z' };
    strict.expectError(await strict.as('admin', 'PUT', `${base}/kyc_statuses`, status), 400, /The field date must not be in the future/);
    const handle = {
      customer_number: customer.customer_number,
      type: 'twitter',
      handle: '@later',
      date_added: '2030-01-01T00:00:00Z',
      date_activated: '2030-01-01T00:00:00Z',
    };
    strict.expectError(await strict.as('admin', 'POST', `${base}/social_media_handles`, handle), 400, /The field date_added must not be in the future/);
    const past = { ...check, date: '2025-05-31T10:00:00Z' };
    expect((await strict.as('admin', 'PUT', `${base}/kyc_check/past-check`, past)).statusCode).toBe(201);
  });
});
