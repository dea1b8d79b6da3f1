import type { CustomerV310 } from '@/api/schemas/customers';
import { kycCheckList, kycCheckVersionList, kycDocumentList, kycDocumentVersionList, kycMediaVersionList } from '@/api/schemas/kyc';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { migrate } from '../database/migrations';
import { EVELINE_TRIPMAN } from '../seed/seed-customers';
import { customerRecordRequests } from '../test-support/customer-record-requests';
import { BANK, OTHER_BANK, createTestSandbox, type StaffUser, type TestSandbox } from '../test-support/test-sandbox';

/** Every version of KYC checks, documents and media (extension kyc-item-versions; issue 10 §4). */
let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await createTestSandbox({ customers: 30 });
});
afterAll(async () => sandbox.close());

const { as, anonymous, newCustomer, userWithRoles, unique, expectUnauthorized, expectMissingRole, expectError } = customerRecordRequests(() => sandbox);
const userOf = (username: string) => sandbox.repositories.users.findByUsername(username)!;
const put = (user: StaffUser, customer: CustomerV310, path: string, body: unknown) =>
  as(user, 'PUT', `/obp/v5.1.0/banks/${BANK}/customers/${customer.customer_id}/${path}`, body);
const versionsUrl = (customerId: string, plural: string, itemId?: string, bankId = BANK) =>
  `/obp/v5.1.0/sandbox/banks/${bankId}/customers/${customerId}/${plural}${itemId === undefined ? '' : `/${itemId}`}/versions`;

const checkBody = (customer: CustomerV310, by: StaffUser, overrides: Record<string, unknown> = {}) => ({
  customer_number: customer.customer_number,
  date: '2025-05-30T10:15:00Z',
  how: 'In person',
  staff_user_id: userOf(by).userId,
  staff_name: by === 'kyc' ? 'Rajesh Patel' : 'Sam Okafor',
  satisfied: false,
  comments: 'The passport photo does not match.',
  ...overrides,
});
const documentBody = (customer: CustomerV310, overrides: Record<string, unknown> = {}) => ({
  customer_number: customer.customer_number,
  type: 'Passport',
  number: '533401372',
  issue_date: '2020-01-20T00:00:00Z',
  issue_place: 'HM Passport Office',
  expiry_date: '2030-01-20T00:00:00Z',
  ...overrides,
});

describe('KYC item versions', () => {
  it('keeps a failed check that is replaced under its id by a satisfied one, with who wrote each and when', async () => {
    const customer = await newCustomer();
    const id = `check-${unique()}`;
    const failed = checkBody(customer, 'kyc');
    expect((await put('kyc', customer, `kyc_check/${id}`, failed)).statusCode).toBe(201);
    const firstAt = sandbox.clock.now;
    sandbox.clock.now += 90_000;
    const satisfied = checkBody(customer, 'admin', { satisfied: true, comments: 'Fine.' });
    expect((await put('admin', customer, `kyc_check/${id}`, satisfied)).statusCode).toBe(201);

    // OBP's list: one row per id, the latest version.
    const list = kycCheckList.parse((await as('kyc', 'GET', `/obp/v5.1.0/customers/${customer.customer_id}/kyc_checks`)).json()).checks;
    expect(list).toEqual([{ bank_id: BANK, customer_id: customer.customer_id, id, ...satisfied }]);

    const response = await as('kyc', 'GET', versionsUrl(customer.customer_id, 'kyc_checks', id));
    expect(response.statusCode, response.body).toBe(200);
    const { versions } = kycCheckVersionList.parse(response.json());
    expect(versions).toEqual([
      {
        id,
        version: 2,
        recorded_at: new Date(firstAt + 90_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        user_id: userOf('admin').userId,
        username: 'admin',
        kyc_check: { bank_id: BANK, customer_id: customer.customer_id, id, ...satisfied },
      },
      {
        id,
        version: 1,
        recorded_at: new Date(firstAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        user_id: userOf('kyc').userId,
        username: 'kyc',
        kyc_check: { bank_id: BANK, customer_id: customer.customer_id, id, ...failed },
      },
    ]);
  });

  it('lists every version of every document of the customer, each item’s newest first, and of media', async () => {
    const customer = await newCustomer();
    const [first, second] = [`a-${unique()}`, `b-${unique()}`];
    await put('kyc', customer, `kyc_documents/${first}`, documentBody(customer));
    await put('kyc', customer, `kyc_documents/${second}`, documentBody(customer, { type: 'National ID card', number: 'X1' }));
    await put('kyc', customer, `kyc_documents/${first}`, documentBody(customer, { number: '125873604' }));
    const documents = kycDocumentVersionList.parse((await as('kyc', 'GET', versionsUrl(customer.customer_id, 'kyc_documents'))).json()).versions;
    expect(documents.map((version) => [version.id, version.version, version.kyc_document.number])).toEqual([
      [first, 2, '125873604'],
      [first, 1, '533401372'],
      [second, 1, 'X1'],
    ]);
    expect(kycDocumentList.parse((await as('kyc', 'GET', `/obp/v5.1.0/customers/${customer.customer_id}/kyc_documents`)).json()).documents).toHaveLength(2);

    const mediaId = `m-${unique()}`;
    const media = (url: string) => ({
      customer_number: customer.customer_number,
      type: 'Scan',
      url,
      date: '2025-05-30T10:20:00Z',
      relates_to_kyc_document_id: first,
      relates_to_kyc_check_id: '',
    });
    await put('kyc', customer, `kyc_media/${mediaId}`, media('https://documents.example.com/one.pdf'));
    await put('admin', customer, `kyc_media/${mediaId}`, media('https://documents.example.com/two.pdf'));
    const mediaVersions = kycMediaVersionList.parse((await as('kyc', 'GET', versionsUrl(customer.customer_id, 'kyc_media', mediaId))).json()).versions;
    expect(mediaVersions.map((version) => [version.username, version.kyc_media.url])).toEqual([
      ['admin', 'https://documents.example.com/two.pdf'],
      ['kyc', 'https://documents.example.com/one.pdf'],
    ]);
  });

  it('records no version when the id is another customer’s (the write is refused)', async () => {
    const [owner, other] = [await newCustomer(), await newCustomer()];
    const id = `doc-${unique()}`;
    await put('kyc', owner, `kyc_documents/${id}`, documentBody(owner));
    expect((await put('kyc', other, `kyc_documents/${id}`, documentBody(other))).statusCode).toBe(400);
    expect(kycDocumentVersionList.parse((await as('kyc', 'GET', versionsUrl(owner.customer_id, 'kyc_documents', id))).json()).versions).toHaveLength(1);
    expect(kycDocumentVersionList.parse((await as('kyc', 'GET', versionsUrl(other.customer_id, 'kyc_documents', id))).json()).versions).toEqual([]);
  });

  it('needs a login, the item’s any-bank read role, the bank, and the customer at that bank', async () => {
    const customer = await newCustomer();
    expectUnauthorized(await anonymous('GET', versionsUrl(customer.customer_id, 'kyc_checks')));
    const teller = await userWithRoles([['CanGetCustomer', BANK], ['CanGetAnyKycDocuments', '']]);
    expectMissingRole(await teller('GET', versionsUrl(customer.customer_id, 'kyc_checks')), 'OBP-20006: User is missing one or more roles: CanGetAnyKycChecks');
    expect((await teller('GET', versionsUrl(customer.customer_id, 'kyc_documents'))).statusCode).toBe(200);
    expectError(await as('kyc', 'GET', versionsUrl(customer.customer_id, 'kyc_checks', undefined, 'no.such.bank')), 404, /^OBP-30001: /);
    expectError(await as('kyc', 'GET', versionsUrl(customer.customer_id, 'kyc_checks', undefined, OTHER_BANK)), 404, /^OBP-30046: /);
    expect((await as('kyc', 'GET', versionsUrl(customer.customer_id, 'kyc_checks').replace('v5.1.0', 'v5.0.0'))).statusCode).toBe(404);
  });

  it('has the seeded items’ first versions, by the staff user the seed wrote them as', async () => {
    const eveline = sandbox.repositories.customers.findByNumber(BANK, EVELINE_TRIPMAN.customerNumber)!;
    const versions = kycCheckVersionList.parse((await as('kyc', 'GET', versionsUrl(eveline.customerId, 'kyc_checks'))).json()).versions;
    expect(versions.length).toBe(sandbox.repositories.kyc.checks.ofCustomer(eveline.customerId).length);
    expect(versions.every((version) => version.version === 1 && ['kyc', 'admin', 'manager'].includes(version.username))).toBe(true);
  });
});

describe('migration 60 on a database from before versions were kept', () => {
  it('gives every existing check, document and media item its one version, by no one known', async () => {
    // A sandbox of its own: the migration is played again over its database, which the other checks must not see.
    const own = await createTestSandbox({ customers: 30 });
    onTestFinished(() => own.close());
    const { database } = own;
    database.exec("DROP TABLE kyc_item_versions; DELETE FROM schema_migrations WHERE version = 60;");
    migrate(database);
    const counts = database
      .prepare("SELECT kind, count(*) AS count, sum(user_id = '' AND version = 1) AS unknown FROM kyc_item_versions GROUP BY kind ORDER BY kind")
      .all();
    const count = (table: string) => (database.prepare(`SELECT count(*) AS count FROM ${table}`).get() as { count: number }).count;
    expect(counts).toEqual([
      { kind: 'check', count: count('kyc_checks'), unknown: count('kyc_checks') },
      { kind: 'document', count: count('kyc_documents'), unknown: count('kyc_documents') },
      { kind: 'media', count: count('kyc_media'), unknown: count('kyc_media') },
    ]);
    expect(count('kyc_checks')).toBeGreaterThan(0);
    // What the backfill wrote reads back as the item, field for field.
    const eveline = own.repositories.customers.findByNumber(BANK, EVELINE_TRIPMAN.customerNumber)!;
    const [latest] = own.repositories.kyc.checks.ofCustomer(eveline.customerId);
    expect(own.repositories.kyc.checks.versionsOf(eveline.customerId, latest!.kycCheckId).map((version) => version.item)).toEqual([latest]);
  });
});

describe('without the kyc-item-versions extension (like OBP)', () => {
  let obpLike: TestSandbox;
  beforeAll(async () => {
    obpLike = await createTestSandbox({ customers: 0, config: { extensions: new Set() } });
  });
  afterAll(async () => obpLike.close());

  it('serves no versions (OBP’s 404) and answers the latest version only, as OBP', async () => {
    const requests = customerRecordRequests(() => obpLike);
    const customer = await requests.newCustomer();
    const id = `doc-${requests.unique()}`;
    const url = `/obp/v5.1.0/banks/${BANK}/customers/${customer.customer_id}/kyc_documents/${id}`;
    await requests.as('kyc', 'PUT', url, documentBody(customer));
    await requests.as('kyc', 'PUT', url, documentBody(customer, { number: 'N2' }));
    const listed = kycDocumentList.parse((await requests.as('kyc', 'GET', `/obp/v5.1.0/customers/${customer.customer_id}/kyc_documents`)).json()).documents;
    expect(listed.map((document) => document.number)).toEqual(['N2']);
    const versions = await requests.as('kyc', 'GET', versionsUrl(customer.customer_id, 'kyc_documents', id));
    requests.expectError(versions, 404, /^OBP-10404: /);
  });
});
