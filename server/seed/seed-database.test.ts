import { describe, expect, it } from 'vitest';
import { openSandboxDatabase } from '../database/sandbox-database';
import { createRepositories } from '../repositories/repositories';
import { EVELINE_TRIPMAN } from './seed-customers';
import { seedDatabase } from './seed-database';
import { TEST_PASSWORD_COST } from '../security/passwords';

const seeded = (customers: number, randomSeed?: number) => {
  const database = openSandboxDatabase(':memory:');
  seedDatabase(database, { customers, password: 'test-password', passwordCost: TEST_PASSWORD_COST, ...(randomSeed === undefined ? {} : { randomSeed }) });
  return database;
};
const dump = (database: ReturnType<typeof seeded>) => ({
  customers: database.prepare('SELECT * FROM customers ORDER BY id').all(),
  entitlements: database.prepare('SELECT * FROM entitlements ORDER BY entitlement_id').all(),
  links: database.prepare('SELECT * FROM user_customer_links ORDER BY user_customer_link_id').all(),
});
const schemaObjects = (database: ReturnType<typeof seeded>) =>
  database.prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all();

describe('seedDatabase', () => {
  it('is deterministic: the same seed gives the same data, another seed other data', () => {
    const first = seeded(500);
    const second = seeded(500);
    const other = seeded(500, 1);
    expect(dump(second)).toEqual(dump(first));
    expect(dump(other).customers).not.toEqual(dump(first).customers);
    [first, second, other].forEach((database) => database.close());
  });

  it('starts with Eveline Tripman at gh.29.uk and gives the first customer of the other bank her number', () => {
    const database = seeded(50);
    const repositories = createRepositories(database);
    expect(repositories.customers.findByNumber('gh.29.uk', EVELINE_TRIPMAN.customerNumber)).toMatchObject({
      legalName: 'Eveline Tripman',
      mobilePhoneNumber: '+44 07972 444 876',
      email: 'eveline@example.com',
    });
    const twins = repositories.phoneSearch.findMatches('GENODEM1GLS', EVELINE_TRIPMAN.mobilePhoneNumber).ids;
    expect(twins).toHaveLength(1);
    database.close();
  });

  it('has realistic, consistent customers: phone formats, scripts, dependants born after their parent', () => {
    const database = seeded(2000);
    const customers = createRepositories(database).customers.findByRowIds(Array.from({ length: 2000 }, (_, index) => index + 1));
    const mobiles = customers.map((customer) => customer.mobilePhoneNumber);
    expect(mobiles.some((mobile) => /^\(\d{3}\) 555-\d{4}$/.test(mobile))).toBe(true);
    expect(mobiles.some((mobile) => /^\+86 1\d{2} \d{4} \d{4}$/.test(mobile))).toBe(true);
    expect(mobiles.some((mobile) => /^\+34 6\d{2} \d{2} \d{2} \d{2}$/.test(mobile))).toBe(true);
    expect(mobiles.some((mobile) => /^0044-7\d{3}-\d{6}$/.test(mobile))).toBe(true);
    expect(mobiles.some((mobile) => /^\+4930\d+$/.test(mobile))).toBe(true);
    const names = customers.map((customer) => customer.legalName);
    expect(names.some((name) => /\p{Script=Han}/u.test(name))).toBe(true);
    expect(names.some((name) => /[áéíóúñÁÉÍÓÚÑ]/.test(name))).toBe(true);
    for (const customer of customers) {
      expect(customer.dobOfDependants).toHaveLength(customer.dependants);
      for (const birth of customer.dobOfDependants) expect(birth > customer.dateOfBirth!).toBe(true);
      expect(customer.relationshipStatus.length).toBeLessThanOrEqual(16);
      expect(customer.mobilePhoneNumber.length).toBeLessThanOrEqual(50);
    }
    expect(new Set(customers.map((customer) => `${customer.bankId}/${customer.customerNumber}`)).size).toBe(2000);
    database.close();
  });

  it('builds the same schema and search results in bulk (indexes rebuilt after the insert) as row by row', () => {
    const bulk = seeded(20_000);
    const small = seeded(100);
    expect(schemaObjects(bulk)).toEqual(schemaObjects(small));
    const search = (database: ReturnType<typeof seeded>) => createRepositories(database).phoneSearch;
    // The first 100 customers are the same in both; the trigram index must know them.
    for (const pattern of ['%444 876', '%0797%', '+44%', '%']) {
      const inBulk = search(bulk).findMatches('gh.29.uk', pattern, { strategy: 'bank-scan' }).ids.filter((id) => id <= 100);
      expect(search(small).findMatches('gh.29.uk', pattern).ids).toEqual(inBulk);
    }
    const indexed = search(bulk).findMatches('gh.29.uk', '%0797%', { strategy: 'trigram-index' }).ids;
    expect(indexed).toEqual(search(bulk).findMatches('gh.29.uk', '%0797%', { strategy: 'bank-scan' }).ids);
    expect(indexed.length).toBeGreaterThan(0);
    bulk.close();
    small.close();
  });
});
