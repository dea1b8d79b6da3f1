import { ADDRESS_LIMITS } from '@/api/schemas/addresses';
import { attributeValueMatchesType, CUSTOMER_ATTRIBUTE_LIMITS, type CustomerAttributeType } from '@/api/schemas/customer-attributes';
import { KYC_LIMITS } from '@/api/schemas/kyc';
import { SOCIAL_MEDIA_LIMITS } from '@/api/schemas/social-media';
import { TAX_RESIDENCE_LIMITS } from '@/api/schemas/tax-residences';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openSandboxDatabase } from '../database/sandbox-database';
import { createRepositories } from '../repositories/repositories';
import { codePointLength } from '../search/like-pattern';
import { CUSTOMERS_WITH_RECORDS, cultureOf } from './seed-customer-records';
import { EVELINE_TRIPMAN, PRIMARY_BANK_ID, SEED_REFERENCE_TIME } from './seed-customers';
import { seedDatabase } from './seed-database';
import { TEST_PASSWORD_COST } from '../security/passwords';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 10, 8, 30);
const TODAY = Date.UTC(2026, 2, 10);

const TABLES = [
  'customer_addresses', 'tax_residences', 'social_media_handles', 'kyc_documents', 'kyc_media', 'kyc_checks', 'kyc_statuses',
  'customer_attributes', 'credit_limit_requests',
] as const;

const seeded = (customers: number, randomSeed?: number) => {
  const database = openSandboxDatabase(':memory:');
  seedDatabase(database, { customers, password: 'test-password', passwordCost: TEST_PASSWORD_COST, ...(randomSeed === undefined ? {} : { randomSeed }) });
  return database;
};
const dump = (database: ReturnType<typeof seeded>) => Object.fromEntries(TABLES.map((table) => [table, database.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()]));
type Row = Record<string, string | number | null>;
const rows = (database: ReturnType<typeof seeded>, table: (typeof TABLES)[number]) => database.prepare(`SELECT * FROM ${table}`).all() as Row[];

afterEach(() => {
  vi.useRealTimers();
});

describe('seedCustomerRecords', () => {
  it('is deterministic for a seed and a day; another seed gives other data', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    const [first, second, other] = [seeded(400), seeded(400), seeded(400, 7)];
    expect(dump(second)).toEqual(dump(first));
    expect(dump(other).customer_addresses).not.toEqual(dump(first).customer_addresses);
    [first, second, other].forEach((database) => database.close());
  });

  it('fills the first customers only, so a seed of 1M costs no more than one of a few thousand', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    const [smaller, larger] = [seeded(CUSTOMERS_WITH_RECORDS + 300), seeded(CUSTOMERS_WITH_RECORDS + 1500)];
    expect(dump(larger)).toEqual(dump(smaller));
    const customerIds = new Set(createRepositories(larger).customers.findByRowIds(Array.from({ length: CUSTOMERS_WITH_RECORDS }, (_, index) => index + 1)).map((customer) => customer.customerId));
    for (const table of TABLES) for (const row of rows(larger, table)) expect(customerIds.has(row.customer_id as string)).toBe(true);
    [smaller, larger].forEach((database) => database.close());
  });

  it('gives Eveline Tripman a full record in every tab', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    const database = seeded(50);
    const repositories = createRepositories(database);
    const eveline = repositories.customers.findByNumber(PRIMARY_BANK_ID, EVELINE_TRIPMAN.customerNumber)!;
    expect(repositories.customerAddresses.ofCustomer(eveline.customerId)).toHaveLength(3);
    expect(repositories.taxResidences.ofCustomer(eveline.customerId)).toHaveLength(2);
    expect(repositories.socialMediaHandles.ofCustomer(eveline.customerId)).toHaveLength(3);
    expect(repositories.kyc.documents.ofCustomer(eveline.customerId)).toHaveLength(3);
    expect(repositories.kyc.media.ofCustomer(eveline.customerId)).toHaveLength(5);
    expect(repositories.kyc.checks.ofCustomer(eveline.customerId)).toHaveLength(3);
    expect(repositories.kyc.statusesOfCustomer(eveline.customerId).map((status) => status.ok)).toEqual([true, true, false, true]);
    expect(repositories.customerAttributes.ofCustomers([eveline.customerId]).get(eveline.customerId)).toHaveLength(5);
    expect(repositories.creditLimitRequests.ofCustomer(eveline.customerId).map((request) => request.status)).toEqual(['PENDING', 'APPROVED']);
    // Her documents: one expired within 30 days after the seed's fixed date, one expires within 30 days of today.
    const expiries = repositories.kyc.documents.ofCustomer(eveline.customerId).map((document) => Date.parse(document.expiryDate));
    expect(expiries).toContain(SEED_REFERENCE_TIME + 19 * DAY);
    expect(expiries).toContain(TODAY + 18 * DAY);
    database.close();
  });

  it('has expired documents and documents expiring within 30 days of the seed’s fixed date and of the real today', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    const database = seeded(2000);
    const expiries = rows(database, 'kyc_documents').map((row) => Date.parse(row.expiry_date as string));
    const count = (test: (expiry: number) => boolean) => expiries.filter(test).length;
    expect(count((expiry) => expiry < TODAY)).toBeGreaterThan(20);
    expect(count((expiry) => expiry >= TODAY && expiry <= TODAY + 30 * DAY)).toBeGreaterThan(20);
    expect(count((expiry) => expiry >= SEED_REFERENCE_TIME && expiry <= SEED_REFERENCE_TIME + 30 * DAY)).toBeGreaterThan(20);
    expect(count((expiry) => expiry > TODAY + 30 * DAY)).toBeGreaterThan(count((expiry) => expiry <= TODAY + 30 * DAY));
    for (const row of rows(database, 'kyc_documents')) expect((row.issue_date as string) < (row.expiry_date as string)).toBe(true);
    database.close();
  });

  it('keeps every value within the columns the API enforces', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    const database = seeded(2000);
    const within = (value: unknown, limit: number) => expect(codePointLength(value as string)).toBeLessThanOrEqual(limit);
    for (const row of rows(database, 'customer_addresses')) {
      within(row.tags, ADDRESS_LIMITS.tags_joined);
      within(row.postcode, ADDRESS_LIMITS.postcode);
      within(row.status, ADDRESS_LIMITS.status);
      expect(row.country_code).toMatch(/^[A-Z]{2}$/);
    }
    for (const row of rows(database, 'tax_residences')) {
      within(row.domain, TAX_RESIDENCE_LIMITS.domain);
      within(row.tax_number, TAX_RESIDENCE_LIMITS.tax_number);
    }
    for (const row of rows(database, 'social_media_handles')) {
      within(row.type, SOCIAL_MEDIA_LIMITS.type);
      within(row.handle, SOCIAL_MEDIA_LIMITS.handle);
    }
    for (const row of rows(database, 'kyc_documents')) {
      within(row.type, KYC_LIMITS.document_type);
      within(row.number, KYC_LIMITS.document_number);
      within(row.issue_place, KYC_LIMITS.issue_place);
    }
    for (const row of rows(database, 'kyc_media')) {
      within(row.url, KYC_LIMITS.media_url);
      expect(row.url).toMatch(/^https:\/\//);
    }
    for (const row of rows(database, 'kyc_checks')) {
      within(row.how, KYC_LIMITS.check_how);
      within(row.staff_name, KYC_LIMITS.staff);
      within(row.comments, KYC_LIMITS.comments);
    }
    for (const row of rows(database, 'customer_attributes')) {
      within(row.name, CUSTOMER_ATTRIBUTE_LIMITS.name);
      expect(attributeValueMatchesType(row.type as CustomerAttributeType, row.value as string)).toBe(true);
    }
    database.close();
  });

  it('ends each customer’s KYC status history with the customer’s kyc_status, and relates media to the customer’s own records', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    const database = seeded(2000);
    const repositories = createRepositories(database);
    const customers = repositories.customers.findByRowIds(Array.from({ length: CUSTOMERS_WITH_RECORDS }, (_, index) => index + 1));
    let withHistory = 0;
    for (const customer of customers) {
      const history = repositories.kyc.statusesOfCustomer(customer.customerId);
      if (history.length === 0) continue;
      withHistory += 1;
      expect(history[0]!.ok).toBe(customer.kycStatus);
      for (const item of repositories.kyc.media.ofCustomer(customer.customerId)) {
        if (item.relatesToKycDocumentId) expect(repositories.kyc.documents.findOfCustomer(item.relatesToKycDocumentId, customer.customerId)).toBeDefined();
        if (item.relatesToKycCheckId) expect(repositories.kyc.checks.findOfCustomer(item.relatesToKycCheckId, customer.customerId)).toBeDefined();
      }
    }
    expect(withHistory).toBeGreaterThan(CUSTOMERS_WITH_RECORDS / 2);
    database.close();
  });

  it('places customers where their names and banks suggest', () => {
    expect(cultureOf('Jürgen von Bülow')).toBe('german');
    expect(cultureOf('María José García Núñez')).toBe('spanish');
    expect(cultureOf('欧阳欣怡')).toBe('chinese');
    expect(cultureOf('Loïc Lefèvre')).toBe('french');
    expect(cultureOf('Eveline Tripman')).toBe('english');
  });
});
