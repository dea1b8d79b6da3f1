import { ROLES, type RoleName } from '@/api/schemas/roles';
import { CONSOLE_CONSUMER_KEY, DEFAULT_SANDBOX_PASSWORD } from '../config';
import type { SandboxDatabase } from '../database/sandbox-database';
import { formatObpDate } from '../json/obp-dates';
import { createRepositories } from '../repositories/repositories';
import { hashPassword, type PasswordCost } from '../security/passwords';
import { insertCustomers } from './bulk-load';
import { EVELINE_TRIPMAN, PRIMARY_BANK_ID, SECOND_BANK_ID, SEED_REFERENCE_TIME, seedCustomer } from './seed-customers';
import { seedCustomerApis } from './seed-customer-apis';
import { seedCustomerRecords } from './seed-customer-records';
import { seedMeetingsAndCrmEvents } from './seed-meetings-and-crm-events';
import { SeededRandom } from './seeded-random';

export type SeedOptions = {
  customers: number;
  password?: string;
  /** The PRNG seed; the same value always yields the same data. */
  randomSeed?: number;
  /** scrypt cost of the staff passwords and API client secrets; the production cost unless a unit test lowers it. */
  passwordCost?: PasswordCost;
};

export type SeedSummary = { customers: number; users: number; milliseconds: number };

export const DEFAULT_RANDOM_SEED = 20_240_917;
export const LOCAL_PROVIDER = 'customer-desk-sandbox';

const ALL_ROLES = Object.keys(ROLES) as RoleName[];

/** Staff users and their roles at gh.29.uk (issue 2); any-bank roles are granted with bank_id "". */
export const STAFF_ROLES: Record<'manager' | 'kyc' | 'teller', readonly RoleName[]> = {
  manager: [
    'CanGetCustomer', 'CanGetCustomers', 'CanCreateCustomer', 'CanUpdateCustomerEmail', 'CanUpdateCustomerMobilePhoneNumber',
    'CanGetCustomerAddress', 'CanCreateCustomerAddress', 'CanDeleteCustomerAddress', 'CanGetSocialMediaHandles',
    'CanAddSocialMediaHandle', 'CanGetTaxResidence', 'CanCreateUserCustomerLink', 'CanGetUserCustomerLink',
  ],
  kyc: [
    'CanGetCustomer', 'CanGetCustomers', 'CanGetCustomerAddress', 'CanGetTaxResidence', 'CanCreateTaxResidence',
    'CanDeleteTaxResidence', 'CanUpdateCustomerIdentity', 'CanUpdateCustomerData', 'CanAddKycCheck', 'CanAddKycDocument',
    'CanAddKycMedia', 'CanAddKycStatus', 'CanGetAnyKycChecks', 'CanGetAnyKycDocuments', 'CanGetAnyKycMedia',
    'CanGetAnyKycStatuses',
  ],
  teller: ['CanGetCustomer'],
};

/**
 * Every 10th customer is at the second bank; one in ten of those reuses the number of the customer just before, at
 * gh.29.uk — the first one Eveline Tripman's — so a search can be seen to stay within its bank.
 */
const bankOf = (index: number) => (index % 10 === 9 ? SECOND_BANK_ID : PRIMARY_BANK_ID);
const sharesMobileWithPrevious = (index: number) => index % 100 === 9;

/**
 * Fills an empty, migrated database: banks, the console's consumer, staff users with their entitlements, `customers`
 * customers (the first is Eveline Tripman) and a few user-customer links. Deterministic for a given random seed
 * (password hashes aside: their salts are random).
 */
export function seedDatabase(database: SandboxDatabase, options: SeedOptions): SeedSummary {
  const started = performance.now();
  const random = new SeededRandom(options.randomSeed ?? DEFAULT_RANDOM_SEED);
  const repositories = createRepositories(database);
  const createdAt = formatObpDate(SEED_REFERENCE_TIME);
  const password = options.password ?? DEFAULT_SANDBOX_PASSWORD;

  database.transaction(() => {
    repositories.banks.create({
      bankId: PRIMARY_BANK_ID,
      bankCode: 'GH29UK',
      shortName: 'Sandbox UK',
      fullName: 'Customer Desk Sandbox Bank UK',
      logoUrl: '',
      websiteUrl: 'https://www.example.com',
      routings: [{ scheme: 'OBP', address: PRIMARY_BANK_ID }],
    });
    repositories.banks.create({
      bankId: SECOND_BANK_ID,
      bankCode: 'GENODEM1GLS',
      shortName: 'Sandbox DE',
      fullName: 'Customer Desk Sandbox Bank Germany',
      logoUrl: '',
      websiteUrl: 'https://www.example.de',
      routings: [{ scheme: 'BIC', address: SECOND_BANK_ID }],
    });
    repositories.consumers.create(
      { consumerId: random.uuid(), consumerKey: CONSOLE_CONSUMER_KEY, appName: 'Customer Desk', isEnabled: true },
      createdAt,
    );

    const userIds: Record<string, string> = {};
    const grant = (userId: string, roleName: RoleName, bankIds: readonly string[]) => {
      for (const bankId of ROLES[roleName] === 'any' ? [''] : bankIds) {
        repositories.users.grant({ entitlementId: random.uuid(), userId, bankId, roleName });
      }
    };
    for (const username of ['admin', 'manager', 'kyc', 'teller'] as const) {
      const userId = random.uuid();
      userIds[username] = userId;
      // Each user its own salt, so equal passwords do not give equal hashes.
      const passwordHash = hashPassword(password, options.passwordCost);
      repositories.users.create({ userId, username, email: `${username}@example.com`, provider: LOCAL_PROVIDER, passwordHash }, createdAt);
      const roles = username === 'admin' ? ALL_ROLES : STAFF_ROLES[username];
      const bankIds = username === 'admin' ? [PRIMARY_BANK_ID, SECOND_BANK_ID] : [PRIMARY_BANK_ID];
      for (const roleName of roles) grant(userId, roleName, bankIds);
    }

    let previousMobile = '';
    const seeded: Array<{ index: number; customerId: string; bankId: string }> = [];
    insertCustomers(database, options.customers, (index) => {
      const bankId = bankOf(index);
      const sharedMobile = !sharesMobileWithPrevious(index) ? undefined : index === 9 ? EVELINE_TRIPMAN.mobilePhoneNumber : previousMobile;
      const customer = seedCustomer(random, index, bankId, sharedMobile);
      previousMobile = customer.mobilePhoneNumber;
      if (index < 40) seeded.push({ index, customerId: customer.customerId, bankId });
      return customer;
    });

    // "My customers" must not be empty: the manager is linked to Eveline and a handful of others.
    const links: Record<string, number[]> = { manager: [0, 1, 2, 3, 4, 5], kyc: [0, 6, 7], admin: [0, 9, 19] };
    for (const [username, indexes] of Object.entries(links)) {
      for (const index of indexes) {
        const customer = seeded.find((candidate) => candidate.index === index);
        if (!customer) continue;
        repositories.userCustomerLinks.create({
          userCustomerLinkId: random.uuid(),
          userId: userIds[username]!,
          customerId: customer.customerId,
          dateInserted: formatObpDate(SEED_REFERENCE_TIME + index * 1000),
          isActive: true,
        });
      }
    }
    // Before meetings and CRM events: they copy customers' names, and company customers are renamed here.
    seedCustomerApis(database, { randomSeed: options.randomSeed ?? DEFAULT_RANDOM_SEED, passwordCost: options.passwordCost });
    seedMeetingsAndCrmEvents(database, { randomSeed: options.randomSeed ?? DEFAULT_RANDOM_SEED });
    seedCustomerRecords(database, { randomSeed: options.randomSeed ?? DEFAULT_RANDOM_SEED });
  })();

  return { customers: options.customers, users: 4, milliseconds: performance.now() - started };
}
