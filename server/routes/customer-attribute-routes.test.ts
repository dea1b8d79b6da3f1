import { customerAttributeList } from '@/api/schemas/customer-attributes';
import { customerAttribute, customerWithAttributesV310 } from '@/api/schemas/customers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVELINE_ATTRIBUTES } from '../seed/seed-customer-records';
import { EVELINE_TRIPMAN } from '../seed/seed-customers';
import { customerRecordRequests } from '../test-support/customer-record-requests';
import { BANK, OTHER_BANK, createTestSandbox, type TestSandbox } from '../test-support/test-sandbox';

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await createTestSandbox();
});
afterAll(async () => sandbox.close());

const { as, anonymous, newCustomer, userWithRoles, expectUnauthorized, expectMissingRole, expectError, customerNotFound } = customerRecordRequests(() => sandbox);

const ATTRIBUTE = { name: 'TAX_NUMBER', type: 'STRING', value: '123456789' };
const base = (customerId: string, bankId = BANK, version = 'v5.1.0') => `/obp/${version}/banks/${bankId}/customers/${customerId}`;
const deleteUrl = (attributeId: string, bankId = BANK, version = 'v5.1.0') => `/obp/${version}/banks/${bankId}/customers/attributes/${attributeId}`;
const TYPE_ERROR =
  'OBP-10001: Incorrect json format. The `Type` field can only accept the following field: DOUBLE(12.1234), STRING(TAX_NUMBER), INTEGER(123) and DATE_WITH_DAY(2012-04-23)';
const NOT_FOUND = 'OBP-30069: Customer Attribute not found. Please specify a valid value for CUSTOMER_ATTRIBUTE_ID.';
const list = async (customerId: string, bankId = BANK) =>
  customerAttributeList.parse((await as('admin', 'GET', `${base(customerId, bankId)}/attributes`)).json()).customer_attributes;

describe('customer attributes, v4.0.0 (CustomerAttributesTest)', () => {
  it('needs a login for create, update, list, get and delete', async () => {
    const customer = await newCustomer();
    expectUnauthorized(await anonymous('POST', `${base(customer.customer_id)}/attribute`, ATTRIBUTE));
    expectUnauthorized(await anonymous('PUT', `${base(customer.customer_id)}/attributes/A`, ATTRIBUTE));
    expectUnauthorized(await anonymous('GET', `${base(customer.customer_id)}/attributes`));
    expectUnauthorized(await anonymous('GET', `${base(customer.customer_id)}/attributes/A`));
    expectUnauthorized(await anonymous('DELETE', deleteUrl('A')));
  });

  it('needs one of the AtOneBank or AtAnyBank roles of each operation', async () => {
    const customer = await newCustomer();
    const missing = (operation: string, plural = '') =>
      `OBP-20006: User is missing one or more roles: Can${operation}CustomerAttribute${plural}AtOneBank or Can${operation}CustomerAttribute${plural}AtAnyBank for BankId(gh.29.uk).`;
    expectMissingRole(await as('manager', 'POST', `${base(customer.customer_id)}/attribute`, ATTRIBUTE), missing('Create'));
    expectMissingRole(await as('manager', 'PUT', `${base(customer.customer_id)}/attributes/A`, ATTRIBUTE), missing('Update'));
    expectMissingRole(await as('manager', 'GET', `${base(customer.customer_id)}/attributes`), missing('Get', 's'));
    expectMissingRole(await as('manager', 'GET', `${base(customer.customer_id)}/attributes/A`), missing('Get'));
    expectMissingRole(await as('manager', 'DELETE', deleteUrl('A')), missing('Delete'));
  });

  it('checks the bank (404) before the roles, as the auto-validation does', async () => {
    expectError(await as('manager', 'GET', `${base('C', 'no.such.bank')}/attributes`), 404, /^OBP-30001: /);
  });

  it.each([
    ['AtOneBank', BANK],
    ['AtAnyBank', ''],
  ] as const)('creates (201), updates (200), lists (200) and gets (200) with the %s roles, and deletes (204)', async (level, bankId) => {
    const customer = await newCustomer();
    const request = await userWithRoles([
      [`CanCreateCustomerAttribute${level}`, bankId],
      [`CanUpdateCustomerAttribute${level}`, bankId],
      [`CanGetCustomerAttributes${level}`, bankId],
      [`CanGetCustomerAttribute${level}`, bankId],
      [`CanDeleteCustomerAttribute${level}`, bankId],
    ]);
    const created = await request('POST', `${base(customer.customer_id)}/attribute`, ATTRIBUTE);
    expect(created.statusCode, created.body).toBe(201);
    const attribute = customerAttribute.parse(created.json());
    expect(attribute).toEqual({ customer_attribute_id: attribute.customer_attribute_id, ...ATTRIBUTE });

    const updatedBody = { name: 'TAX_NUMBER', type: 'INTEGER', value: '987654321' };
    const updated = await request('PUT', `${base(customer.customer_id)}/attributes/${attribute.customer_attribute_id}`, updatedBody);
    expect(updated.statusCode, updated.body).toBe(200);
    expect(customerAttribute.parse(updated.json())).toEqual({ customer_attribute_id: attribute.customer_attribute_id, ...updatedBody });

    const listed = await request('GET', `${base(customer.customer_id)}/attributes`);
    expect(listed.statusCode).toBe(200);
    expect(customerAttributeList.parse(listed.json())).toEqual({ customer_attributes: [{ customer_attribute_id: attribute.customer_attribute_id, ...updatedBody }] });

    const fetched = await request('GET', `${base(customer.customer_id)}/attributes/${attribute.customer_attribute_id}`);
    expect(customerAttribute.parse(fetched.json())).toEqual({ customer_attribute_id: attribute.customer_attribute_id, ...updatedBody });

    // The customer's record carries its attributes.
    const record = customerWithAttributesV310.parse((await as('admin', 'GET', base(customer.customer_id))).json());
    expect(record.customer_attributes).toEqual([{ customer_attribute_id: attribute.customer_attribute_id, ...updatedBody }]);

    const deleted = await request('DELETE', deleteUrl(attribute.customer_attribute_id));
    expect(deleted.statusCode).toBe(204);
    expect(deleted.body).toBe('');
    expect(await list(customer.customer_id)).toEqual([]);
  });

  it('answers an unknown attribute id on update and get with 400 OBP-30069', async () => {
    const customer = await newCustomer();
    expectError(await as('admin', 'PUT', `${base(customer.customer_id)}/attributes/no-such-attribute`, ATTRIBUTE), 400, NOT_FOUND);
    expectError(await as('admin', 'GET', `${base(customer.customer_id)}/attributes/no-such-attribute`), 400, NOT_FOUND);
    expectError(await as('admin', 'DELETE', deleteUrl('no-such-attribute')), 400, NOT_FOUND);
  });

  it('treats another customer’s attribute as not found, and another bank’s on delete, changing nothing', async () => {
    const owner = await newCustomer();
    const other = await newCustomer();
    const attribute = customerAttribute.parse((await as('admin', 'POST', `${base(owner.customer_id)}/attribute`, ATTRIBUTE)).json());
    expectError(await as('admin', 'GET', `${base(other.customer_id)}/attributes/${attribute.customer_attribute_id}`), 400, NOT_FOUND);
    expectError(await as('admin', 'PUT', `${base(other.customer_id)}/attributes/${attribute.customer_attribute_id}`, { ...ATTRIBUTE, value: 'x' }), 400, NOT_FOUND);
    expectError(await as('admin', 'DELETE', deleteUrl(attribute.customer_attribute_id, OTHER_BANK)), 400, NOT_FOUND);
    expect(await list(owner.customer_id)).toEqual([attribute]);
  });

  it('answers an unknown customer with 404 and a customer of another bank with 400 OBP-30113, as OBP', async () => {
    expectError(await as('admin', 'POST', `${base('no-such-customer')}/attribute`, ATTRIBUTE), 404, customerNotFound('no-such-customer'));
    const elsewhere = await newCustomer(OTHER_BANK);
    const mismatch = `OBP-30113: Invalid Bank Id (gh.29.uk). The Customer(${elsewhere.customer_id}) does not belong to this Bank`;
    expectError(await as('admin', 'POST', `${base(elsewhere.customer_id)}/attribute`, ATTRIBUTE), 400, mismatch);
    expectError(await as('admin', 'GET', `${base(elsewhere.customer_id)}/attributes`), 400, mismatch);
    expectError(await as('admin', 'GET', `${base(elsewhere.customer_id)}/attributes/A`), 400, mismatch);
    expectError(await as('admin', 'PUT', `${base(elsewhere.customer_id)}/attributes/A`, ATTRIBUTE), 400, mismatch);
    expect(await list(elsewhere.customer_id, OTHER_BANK)).toEqual([]);
  });

  it.each([
    ['a type OBP does not know', { ...ATTRIBUTE, type: 'BOOLEAN' }, TYPE_ERROR],
    ['a lower-case type', { ...ATTRIBUTE, type: 'string' }, TYPE_ERROR],
    ['an INTEGER that is not one', { ...ATTRIBUTE, type: 'INTEGER', value: '12.5' }, 'OBP-10001: Incorrect json format. The field value is not a valid INTEGER value, e.g. 123.'],
    ['a DOUBLE that is not one', { ...ATTRIBUTE, type: 'DOUBLE', value: 'twelve' }, 'OBP-10001: Incorrect json format. The field value is not a valid DOUBLE value, e.g. 12.1234.'],
    ['a day that does not exist', { ...ATTRIBUTE, type: 'DATE_WITH_DAY', value: '2023-02-29' }, 'OBP-10001: Incorrect json format. The field value is not a valid DATE_WITH_DAY value, e.g. 2012-04-23.'],
    ['a name longer than 50', { ...ATTRIBUTE, name: 'X'.repeat(51) }, 'OBP-10001: Incorrect json format. The field name is too long: at most 50 characters are allowed, it has 51.'],
    ['a value longer than 2000', { ...ATTRIBUTE, value: 'x'.repeat(2001) }, /The field value is too long: at most 2000/],
    ['an empty name', { ...ATTRIBUTE, name: '' }, 'OBP-10001: Incorrect json format. The field name must not be empty.'],
    ['a body of another shape', { name: 'A' }, 'OBP-10001: Incorrect json format. The Json body should be the CustomerAttributeJsonV400 '],
  ])('refuses to create %s and creates nothing', async (_case, body, message) => {
    const customer = await newCustomer();
    expectError(await as('admin', 'POST', `${base(customer.customer_id)}/attribute`, body), 400, message);
    expect(await list(customer.customer_id)).toEqual([]);
  });

  it('accepts each type with a value of it', async () => {
    const customer = await newCustomer();
    for (const [type, value] of [['STRING', 'anything'], ['INTEGER', '-42'], ['DOUBLE', '12.1234'], ['DATE_WITH_DAY', '2024-02-29']]) {
      expect((await as('admin', 'POST', `${base(customer.customer_id)}/attribute`, { name: type, type, value })).statusCode).toBe(201);
    }
  });

  it('a failed update changes nothing; the update’s class message has no trailing space (as OBP’s)', async () => {
    const customer = await newCustomer();
    const attribute = customerAttribute.parse((await as('admin', 'POST', `${base(customer.customer_id)}/attribute`, ATTRIBUTE)).json());
    const url = `${base(customer.customer_id)}/attributes/${attribute.customer_attribute_id}`;
    expectError(await as('admin', 'PUT', url, { ...ATTRIBUTE, type: 'INTEGER', value: 'abc' }), 400, /^OBP-10001: .*INTEGER/);
    expectError(await as('admin', 'PUT', url, { name: 'A' }), 400, 'OBP-10001: Incorrect json format. The Json body should be the CustomerAttributeJsonV400');
    expect(await list(customer.customer_id)).toEqual([attribute]);
  });

  it('checks POST id fields before the bank, as the auto-validation does', async () => {
    const customer = await newCustomer();
    expectError(
      await as('admin', 'POST', `${base(customer.customer_id, 'no.such.bank')}/attribute`, { ...ATTRIBUTE, id: 'not valid' }),
      400,
      'OBP-10001: Incorrect json format. Here are all invalid values: List((id,not valid))',
    );
  });

  it('is served from v4.0.0 on, not before', async () => {
    const customer = await newCustomer();
    expect((await as('admin', 'GET', `${base(customer.customer_id, BANK, 'v4.0.0')}/attributes`)).statusCode).toBe(200);
    expect((await as('admin', 'GET', `${base(customer.customer_id, BANK, 'v3.1.0')}/attributes`)).statusCode).toBe(404);
  });

  it('has Eveline Tripman’s seeded attributes, one of each type', async () => {
    const eveline = sandbox.repositories.customers.findByNumber(BANK, EVELINE_TRIPMAN.customerNumber)!;
    expect((await list(eveline.customerId)).map(({ name, type, value }) => [name, type, value])).toEqual(EVELINE_ATTRIBUTES);
  });
});
