import { kycCheck, kycCheckList, kycDocument, kycDocumentList, kycMedia, kycMediaList, kycStatus, kycStatusList } from '@/api/schemas/kyc';
import type { CustomerV310 } from '@/api/schemas/customers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVELINE_TRIPMAN } from '../seed/seed-customers';
import { customerRecordRequests } from '../test-support/customer-record-requests';
import { BANK, OTHER_BANK, createTestSandbox, type StaffUser, type TestSandbox } from '../test-support/test-sandbox';

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await createTestSandbox();
});
afterAll(async () => sandbox.close());

const { as, anonymous, newCustomer, userWithRoles, unique, expectUnauthorized, expectMissingRole, expectError, customerNotFound } = customerRecordRequests(() => sandbox);

const at = (customerId: string, path: string, bankId = BANK, version = 'v5.1.0') => `/obp/${version}/banks/${bankId}/customers/${customerId}/${path}`;
const read = (user: StaffUser, customerId: string, what: string, version = 'v5.1.0') => as(user, 'GET', `/obp/${version}/customers/${customerId}/${what}`);
const userIdOf = (username: string) => sandbox.repositories.users.findByUsername(username)!.userId;

const documentBody = (customer: CustomerV310, overrides: Record<string, unknown> = {}) => ({
  customer_number: customer.customer_number,
  type: 'Passport',
  number: '533401372',
  issue_date: '2020-01-20T00:00:00Z',
  issue_place: 'HM Passport Office',
  expiry_date: '2030-01-20T00:00:00Z',
  ...overrides,
});
const checkBody = (customer: CustomerV310, overrides: Record<string, unknown> = {}) => ({
  customer_number: customer.customer_number,
  date: '2025-05-30T10:15:00Z',
  how: 'In person',
  staff_user_id: userIdOf('kyc'),
  staff_name: 'Rajesh Patel',
  satisfied: true,
  comments: 'Passport checked against the original.',
  ...overrides,
});
const mediaBody = (customer: CustomerV310, overrides: Record<string, unknown> = {}) => ({
  customer_number: customer.customer_number,
  type: 'Scan',
  url: 'https://documents.example.com/kyc/passport.pdf',
  date: '2025-05-30T10:20:00Z',
  relates_to_kyc_document_id: '',
  relates_to_kyc_check_id: '',
  ...overrides,
});
const statusBody = (customer: CustomerV310, ok: boolean, date: string) => ({ customer_number: customer.customer_number, ok, date });

const putDocument = (user: StaffUser, customer: CustomerV310, id: string, body = documentBody(customer), bankId = BANK) =>
  as(user, 'PUT', at(customer.customer_id, `kyc_documents/${id}`, bankId), body);
const putCheck = (user: StaffUser, customer: CustomerV310, id: string, body = checkBody(customer), bankId = BANK) =>
  as(user, 'PUT', at(customer.customer_id, `kyc_check/${id}`, bankId), body);
const putMedia = (user: StaffUser, customer: CustomerV310, id: string, body = mediaBody(customer), bankId = BANK) =>
  as(user, 'PUT', at(customer.customer_id, `kyc_media/${id}`, bankId), body);
const putStatus = (user: StaffUser, customer: CustomerV310, body: unknown, bankId = BANK) => as(user, 'PUT', at(customer.customer_id, 'kyc_statuses', bankId), body);

const documents = async (customerId: string) => kycDocumentList.parse((await read('kyc', customerId, 'kyc_documents')).json()).documents;
const checks = async (customerId: string) => kycCheckList.parse((await read('kyc', customerId, 'kyc_checks')).json()).checks;
const media = async (customerId: string) => kycMediaList.parse((await read('kyc', customerId, 'kyc_media')).json()).medias;
const statuses = async (customerId: string) => kycStatusList.parse((await read('kyc', customerId, 'kyc_statuses')).json()).statuses;

describe('KYC reads: GET /customers/CUSTOMER_ID/kyc_*', () => {
  it.each([
    ['kyc_documents', 'CanGetAnyKycDocuments'],
    ['kyc_media', 'CanGetAnyKycMedia'],
    ['kyc_checks', 'CanGetAnyKycChecks'],
    ['kyc_statuses', 'CanGetAnyKycStatuses'],
  ])('%s needs a login, then %s (an any-bank role), then a customer', async (what, role) => {
    const customer = await newCustomer();
    expectUnauthorized(await anonymous('GET', `/obp/v5.1.0/customers/${customer.customer_id}/${what}`));
    expectMissingRole(await read('manager', customer.customer_id, what), `OBP-20006: User is missing one or more roles: ${role}`);
    expectError(await read('kyc', 'no-such-customer', what), 404, customerNotFound('no-such-customer'));
    const response = await read('kyc', customer.customer_id, what);
    expect(response.statusCode).toBe(200);
    expect(Object.values(response.json() as object)).toEqual([[]]);
  });

  it('reads the customers of every bank: there is no bank in the path', async () => {
    const elsewhere = await newCustomer(OTHER_BANK);
    expect((await putDocument('admin', elsewhere, `doc-${unique()}`, documentBody(elsewhere), OTHER_BANK)).statusCode).toBe(201);
    expect(await documents(elsewhere.customer_id)).toHaveLength(1);
  });

  it('is served from v2.0.0 on', async () => {
    const customer = await newCustomer();
    expect((await read('kyc', customer.customer_id, 'kyc_checks', 'v2.0.0')).statusCode).toBe(200);
    expect((await read('kyc', customer.customer_id, 'kyc_checks', 'v1.4.0')).statusCode).toBe(404);
  });

  it('shows Eveline Tripman’s full KYC record: documents flagged by expiry, media, checks and her status history', async () => {
    const eveline = sandbox.repositories.customers.findByNumber(BANK, EVELINE_TRIPMAN.customerNumber)!;
    const evelineDocuments = await documents(eveline.customerId);
    expect(evelineDocuments.map((document) => document.type).sort()).toEqual(['Driving licence', 'Passport', 'Passport']);
    const today = Math.floor(Date.now() / 86_400_000) * 86_400_000;
    const expiries = evelineDocuments.map((document) => Date.parse(document.expiry_date!));
    // One ran out within 30 days after the seed's fixed date, one runs out within 30 days of the real today.
    expect(expiries.some((expiry) => expiry > Date.UTC(2025, 0, 1) && expiry <= Date.UTC(2025, 0, 31))).toBe(true);
    expect(expiries.some((expiry) => expiry >= today && expiry <= today + 30 * 86_400_000)).toBe(true);
    expect((await media(eveline.customerId)).length).toBeGreaterThanOrEqual(4);
    const evelineChecks = await checks(eveline.customerId);
    expect(evelineChecks.map((check) => check.satisfied)).toContain(false);
    expect(evelineChecks.every((check) => check.staff_name === 'Rajesh Patel')).toBe(true);
    const history = await statuses(eveline.customerId);
    expect(history.map((status) => status.ok)).toEqual([true, true, false, true]);
    expect(history.map((status) => status.date)).toEqual([...history.map((status) => status.date)].sort().reverse());
  });
});

describe('PUT …/kyc_documents/KYC_DOCUMENT_ID', () => {
  it('needs a login, CanAddKycDocument at the bank (before the bank is looked up), the bank and the customer', async () => {
    const customer = await newCustomer();
    expectUnauthorized(await anonymous('PUT', at(customer.customer_id, 'kyc_documents/D1'), documentBody(customer)));
    expectMissingRole(await putDocument('manager', customer, 'D1'), 'OBP-20006: User is missing one or more roles: CanAddKycDocument at Bank(gh.29.uk)');
    expectMissingRole(await putDocument('kyc', customer, 'D1', documentBody(customer), 'no.such.bank'), 'OBP-20006: User is missing one or more roles: CanAddKycDocument at Bank(no.such.bank)');
    const atUnknownBank = await userWithRoles([['CanAddKycDocument', 'no.such.bank']]);
    expectError(await atUnknownBank('PUT', at(customer.customer_id, 'kyc_documents/D1', 'no.such.bank'), documentBody(customer)), 404, /^OBP-30001: /);
    expectError(await as('kyc', 'PUT', at('no-such-customer', 'kyc_documents/D1'), documentBody(customer)), 404, customerNotFound('no-such-customer'));
  });

  it('creates (201 KycDocumentJSON) and then updates the document with the same id', async () => {
    const customer = await newCustomer();
    const id = `passport-${unique()}`;
    const created = await putDocument('kyc', customer, id);
    expect(created.statusCode, created.body).toBe(201);
    expect(kycDocument.parse(created.json())).toEqual({ bank_id: BANK, customer_id: customer.customer_id, id, ...documentBody(customer) });
    const renewed = documentBody(customer, { number: '125873604', issue_date: '2025-01-07T00:00:00Z', expiry_date: '2035-01-07T00:00:00Z' });
    expect((await putDocument('kyc', customer, id, renewed)).statusCode).toBe(201);
    expect(await documents(customer.customer_id)).toEqual([{ bank_id: BANK, customer_id: customer.customer_id, id, ...renewed }]);
  });

  it('lists the most recently written document first', async () => {
    const customer = await newCustomer();
    await putDocument('kyc', customer, `a-${unique()}`, documentBody(customer, { type: 'Passport' }));
    sandbox.clock.now += 1000;
    await putDocument('kyc', customer, `b-${unique()}`, documentBody(customer, { type: 'Driving licence' }));
    expect((await documents(customer.customer_id)).map((document) => document.type)).toEqual(['Driving licence', 'Passport']);
  });

  it('never takes over an id another customer’s document holds (400), and changes nothing', async () => {
    const owner = await newCustomer();
    const other = await newCustomer();
    const id = `taken-${unique()}`;
    await putDocument('kyc', owner, id);
    expectError(await putDocument('kyc', other, id, documentBody(other, { number: 'X' })), 400, 'OBP-50200: Connector cannot return the data we requested. Can not create or update KycDocument in the backend. ');
    expect((await documents(owner.customer_id))[0]).toMatchObject({ id, number: '533401372', customer_id: owner.customer_id });
    expect(await documents(other.customer_id)).toEqual([]);
  });

  it('answers a customer of another bank with 404 and writes nothing', async () => {
    const elsewhere = await newCustomer(OTHER_BANK);
    expectError(await putDocument('admin', elsewhere, `x-${unique()}`), 404, customerNotFound(elsewhere.customer_id));
    expect(await documents(elsewhere.customer_id)).toEqual([]);
  });

  it.each([
    ['a body of another shape', () => ({ number: '1' }), 'OBP-10001: Incorrect json format. The Json body should be the PostKycDocumentJSON '],
    ['a date with milliseconds', { issue_date: '2020-01-20T00:00:00.000Z' }, 'OBP-10001: Incorrect json format. The Json body should be the PostKycDocumentJSON '],
    ['a date that does not exist', { expiry_date: '2030-02-30T00:00:00Z' }, 'OBP-10001: Incorrect json format. The Json body should be the PostKycDocumentJSON '],
    ['another customer’s number', { customer_number: 'someone-else' }, /^OBP-10001: Incorrect json format\. The field customer_number must be the number of the customer/],
    ['a type longer than 50', { type: 'x'.repeat(51) }, 'OBP-10001: Incorrect json format. The field type is too long: at most 50 characters are allowed, it has 51.'],
    ['a number longer than 50', { number: '1'.repeat(51) }, /The field number is too long: at most 50/],
    ['an issue place longer than 512', { issue_place: 'x'.repeat(513) }, /The field issue_place is too long: at most 512/],
    ['an empty number', { number: ' ' }, 'OBP-10001: Incorrect json format. The field number must not be empty.'],
    ['an expiry before the issue', { expiry_date: '2019-01-01T00:00:00Z' }, 'OBP-10001: Incorrect json format. The field expiry_date must not be before issue_date.'],
  ])('refuses %s and writes nothing', async (_case, change, message) => {
    const customer = await newCustomer();
    const body = typeof change === 'function' ? change() : documentBody(customer, change);
    expectError(await as('kyc', 'PUT', at(customer.customer_id, `kyc_documents/d-${unique()}`), body), 400, message);
    expect(await documents(customer.customer_id)).toEqual([]);
  });

  it('takes ids of up to 100 characters (the server’s longest path parameter) and refuses the NUL character', async () => {
    const customer = await newCustomer();
    expect((await putDocument('kyc', customer, 'x'.repeat(100))).statusCode).toBe(201);
    expectError(await putDocument('kyc', customer, 'x'.repeat(101)), 404, /^OBP-10404: /);
    expectError(await putDocument('kyc', customer, 'a%00b'), 400, 'OBP-10001: Incorrect json format. The field KYC_DOCUMENT_ID must not contain the NUL character.');
  });
});

describe('PUT …/kyc_check/KYC_CHECK_ID (singular)', () => {
  it('needs a login and CanAddKycCheck; the plural path is not served', async () => {
    const customer = await newCustomer();
    expectUnauthorized(await anonymous('PUT', at(customer.customer_id, 'kyc_check/C1'), checkBody(customer)));
    expectMissingRole(await putCheck('manager', customer, 'C1'), 'OBP-20006: User is missing one or more roles: CanAddKycCheck at Bank(gh.29.uk)');
    expectError(await as('kyc', 'PUT', at(customer.customer_id, 'kyc_checks/C1'), checkBody(customer)), 404, /^OBP-10404: /);
  });

  it('records a check (201 KycCheckJSON) and updates it by id', async () => {
    const customer = await newCustomer();
    const id = `check-${unique()}`;
    const created = await putCheck('kyc', customer, id);
    expect(created.statusCode, created.body).toBe(201);
    expect(kycCheck.parse(created.json())).toEqual({ bank_id: BANK, customer_id: customer.customer_id, id, ...checkBody(customer) });
    await putCheck('kyc', customer, id, checkBody(customer, { satisfied: false, comments: 'Photo unclear.' }));
    expect(await checks(customer.customer_id)).toEqual([{ bank_id: BANK, customer_id: customer.customer_id, id, ...checkBody(customer, { satisfied: false, comments: 'Photo unclear.' }) }]);
  });

  it('is recorded by the signed-in officer: another staff id is refused', async () => {
    const customer = await newCustomer();
    expectError(await putCheck('kyc', customer, `c-${unique()}`, checkBody(customer, { staff_user_id: userIdOf('manager') })), 400, /^OBP-10001: Incorrect json format\. The field staff_user_id must be the id of the signed-in user/);
    expect(await checks(customer.customer_id)).toEqual([]);
  });

  it.each([
    ['satisfied as a string', { satisfied: 'yes' }, 'OBP-10001: Incorrect json format. The Json body should be the PostKycCheckJSON '],
    ['how longer than 32', { how: 'x'.repeat(33) }, /The field how is too long: at most 32/],
    ['a staff name longer than 64', { staff_name: 'x'.repeat(65) }, /The field staff_name is too long: at most 64/],
    ['comments longer than 2000', { comments: 'x'.repeat(2001) }, /The field comments is too long: at most 2000/],
  ])('refuses %s and writes nothing', async (_case, overrides, message) => {
    const customer = await newCustomer();
    expectError(await putCheck('kyc', customer, `c-${unique()}`, checkBody(customer, overrides)), 400, message);
    expect(await checks(customer.customer_id)).toEqual([]);
  });

  it('never takes over another customer’s check id', async () => {
    const owner = await newCustomer();
    const other = await newCustomer();
    const id = `taken-${unique()}`;
    await putCheck('kyc', owner, id);
    expectError(await putCheck('kyc', other, id, checkBody(other)), 400, 'OBP-50200: Connector cannot return the data we requested. Can not create or update KycCheck in the backend. ');
  });
});

describe('PUT …/kyc_media/KYC_MEDIA_ID', () => {
  it('needs a login and CanAddKycMedia', async () => {
    const customer = await newCustomer();
    expectUnauthorized(await anonymous('PUT', at(customer.customer_id, 'kyc_media/M1'), mediaBody(customer)));
    expectMissingRole(await putMedia('manager', customer, 'M1'), 'OBP-20006: User is missing one or more roles: CanAddKycMedia at Bank(gh.29.uk)');
  });

  it('adds media related to the customer’s own document and check (201 KycMediaJSON), listed under medias', async () => {
    const customer = await newCustomer();
    const documentId = `doc-${unique()}`;
    const checkId = `check-${unique()}`;
    await putDocument('kyc', customer, documentId);
    await putCheck('kyc', customer, checkId);
    const id = `media-${unique()}`;
    const body = mediaBody(customer, { relates_to_kyc_document_id: documentId, relates_to_kyc_check_id: checkId });
    const created = await putMedia('kyc', customer, id, body);
    expect(created.statusCode, created.body).toBe(201);
    expect(kycMedia.parse(created.json())).toEqual({ bank_id: BANK, customer_id: customer.customer_id, id, ...body });
    expect(await media(customer.customer_id)).toEqual([{ bank_id: BANK, customer_id: customer.customer_id, id, ...body }]);
  });

  it.each([
    ['a javascript: URL', { url: 'javascript:alert(1)' }, 'OBP-10001: Incorrect json format. The field url must be an http or https address.'],
    ['a URL longer than 255', { url: `https://example.com/${'x'.repeat(240)}` }, /The field url is too long: at most 255/],
    ['a document of no one', { relates_to_kyc_document_id: 'nothing' }, 'OBP-10001: Incorrect json format. The field relates_to_kyc_document_id names no KYC document of this customer.'],
    ['a check of no one', { relates_to_kyc_check_id: 'nothing' }, 'OBP-10001: Incorrect json format. The field relates_to_kyc_check_id names no KYC check of this customer.'],
    ['a date-only date', { date: '2025-05-30' }, 'OBP-10001: Incorrect json format. The Json body should be the PostKycMediaJSON '],
  ])('refuses %s and writes nothing', async (_case, overrides, message) => {
    const customer = await newCustomer();
    expectError(await putMedia('kyc', customer, `m-${unique()}`, mediaBody(customer, overrides)), 400, message);
    expect(await media(customer.customer_id)).toEqual([]);
  });

  it('refuses media related to another customer’s document', async () => {
    const owner = await newCustomer();
    const other = await newCustomer();
    const documentId = `doc-${unique()}`;
    await putDocument('kyc', owner, documentId);
    expectError(await putMedia('kyc', other, `m-${unique()}`, mediaBody(other, { relates_to_kyc_document_id: documentId })), 400, /names no KYC document of this customer/);
  });
});

describe('PUT …/kyc_statuses', () => {
  it('needs a login and CanAddKycStatus', async () => {
    const customer = await newCustomer();
    expectUnauthorized(await anonymous('PUT', at(customer.customer_id, 'kyc_statuses'), statusBody(customer, true, '2025-05-30T10:00:00Z')));
    expectMissingRole(await putStatus('manager', customer, statusBody(customer, true, '2025-05-30T10:00:00Z')), 'OBP-20006: User is missing one or more roles: CanAddKycStatus at Bank(gh.29.uk)');
  });

  it('keeps every status set (201 KycStatusJSON each): the history, newest first', async () => {
    const customer = await newCustomer();
    const set = [
      statusBody(customer, false, '2025-05-01T09:00:00Z'),
      statusBody(customer, true, '2025-05-20T14:30:00Z'),
      statusBody(customer, false, '2025-05-30T10:00:00Z'),
    ];
    for (const body of set) {
      const response = await putStatus('kyc', customer, body);
      expect(response.statusCode).toBe(201);
      expect(kycStatus.parse(response.json())).toEqual({ customer_id: customer.customer_id, ...body });
    }
    expect(await statuses(customer.customer_id)).toEqual([...set].reverse().map((body) => ({ customer_id: customer.customer_id, ...body })));
  });

  it('refuses ok as a string and a date with milliseconds (PostKycStatusJSON), adding nothing', async () => {
    const customer = await newCustomer();
    for (const body of [{ customer_number: customer.customer_number, ok: 'true', date: '2025-05-30T10:00:00Z' }, statusBody(customer, true, '2025-05-30T10:00:00.000Z')]) {
      expectError(await putStatus('kyc', customer, body), 400, 'OBP-10001: Incorrect json format. The Json body should be the PostKycStatusJSON ');
    }
    expect(await statuses(customer.customer_id)).toEqual([]);
  });

  it('answers a customer of another bank with 404', async () => {
    const elsewhere = await newCustomer(OTHER_BANK);
    expectError(await putStatus('admin', elsewhere, statusBody(elsewhere, true, '2025-05-30T10:00:00Z')), 404, customerNotFound(elsewhere.customer_id));
    expect(await statuses(elsewhere.customer_id)).toEqual([]);
  });
});

describe('one KYC truth (issue 8 §7)', () => {
  const kycStatusOfCustomer = async (customerId: string) =>
    ((await as('admin', 'GET', `/obp/v5.1.0/banks/${BANK}/customers/${customerId}`)).json() as { kyc_status: boolean }).kyc_status;

  it('setting a status keeps the customer’s kyc_status in step with the status set last', async () => {
    const customer = await newCustomer(BANK, { kyc_status: true });
    expect(await kycStatusOfCustomer(customer.customer_id)).toBe(true);
    await putStatus('kyc', customer, statusBody(customer, false, '2025-05-30T10:00:00Z'));
    expect(await kycStatusOfCustomer(customer.customer_id)).toBe(false);
    await putStatus('kyc', customer, statusBody(customer, true, '2025-05-31T10:00:00Z'));
    expect(await kycStatusOfCustomer(customer.customer_id)).toBe(true);
  });

  it('a refused status leaves the customer’s kyc_status as it was', async () => {
    const customer = await newCustomer(BANK, { kyc_status: true });
    await putStatus('kyc', customer, { customer_number: customer.customer_number, ok: 'false', date: '2025-05-30T10:00:00Z' });
    expect(await kycStatusOfCustomer(customer.customer_id)).toBe(true);
  });

  it('creating a customer as verified needs CanAddKycStatus at the bank (stricter than OBP); unverified does not', async () => {
    const manager = await userWithRoles([['CanCreateCustomer', BANK]]);
    const body = (kycStatus: boolean) => ({ legal_name: `Verified ${unique()}`, mobile_phone_number: `+44 7700 ${unique()}`, kyc_status: kycStatus });
    const refused = await manager('POST', `/obp/v5.1.0/banks/${BANK}/customers`, body(true));
    expectError(refused, 403, 'OBP-20006: User is missing one or more roles: CanAddKycStatus for BankId(gh.29.uk).');
    expect((await manager('POST', `/obp/v5.1.0/banks/${BANK}/customers`, body(false))).statusCode).toBe(201);

    const officer = await userWithRoles([['CanCreateCustomer', BANK], ['CanAddKycStatus', BANK]]);
    expect((await officer('POST', `/obp/v5.1.0/banks/${BANK}/customers`, body(true))).statusCode).toBe(201);
    const elsewhere = await userWithRoles([['CanCreateCustomer', BANK], ['CanAddKycStatus', OTHER_BANK]]);
    expect((await elsewhere('POST', `/obp/v5.1.0/banks/${BANK}/customers`, body(true))).statusCode).toBe(403);
  });
});

describe('without the kyc-status-history extension (like OBP)', () => {
  let obpLike: TestSandbox;
  beforeAll(async () => {
    obpLike = await createTestSandbox({ customers: 0, config: { extensions: new Set() } });
  });
  afterAll(async () => obpLike.close());

  it('keeps one status per customer, the one set last', async () => {
    const requests = customerRecordRequests(() => obpLike);
    const customer = await requests.newCustomer();
    const put = (ok: boolean, date: string) => requests.as('kyc', 'PUT', at(customer.customer_id, 'kyc_statuses'), statusBody(customer, ok, date));
    expect((await put(false, '2025-05-01T09:00:00Z')).statusCode).toBe(201);
    expect((await put(true, '2025-05-20T14:30:00Z')).statusCode).toBe(201);
    const list = kycStatusList.parse((await requests.as('kyc', 'GET', `/obp/v5.1.0/customers/${customer.customer_id}/kyc_statuses`)).json()).statuses;
    expect(list).toEqual([{ customer_id: customer.customer_id, ...statusBody(customer, true, '2025-05-20T14:30:00Z') }]);
  });
});
