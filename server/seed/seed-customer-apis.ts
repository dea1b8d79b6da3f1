import type { SandboxDatabase } from '../database/sandbox-database';
import { createApiClientRepository } from '../customer-apis/api-client-repository';
import { createCustomerApiRepository, type PersonRelation } from '../customer-apis/customer-api-repository';
import {
  DEV_BANKINGSERVICE_CLIENT_ID,
  DEV_OPENWEALTH_CLIENTS,
  DEV_OPENWEALTH_CLIENT_SECRET,
  devBankingServiceKeyPair,
} from '../customer-apis/dev-credentials';
import { splitLegalName } from '../customer-apis/names';
import { formatObpDate } from '../json/obp-dates';
import type { CustomerRecord } from '../repositories/customer-repository';
import { createRepositories } from '../repositories/repositories';
import { PASSWORD_COST, hashPassword, type PasswordCost } from '../security/passwords';
import { EVELINE_TRIPMAN, SEED_REFERENCE_TIME } from './seed-customers';
import { CUSTOMERS_WITH_RECORDS } from './seed-customer-records';
import { SeededRandom } from './seeded-random';

/**
 * The customer-API view of the seeded customers (issue 9), deterministic for a random seed: API clients, company
 * customers (every 25th customer from the 40th on becomes a company whose contact is the person it was), joint
 * holders and authorised signatories, and KYC situations. Only the first CUSTOMERS_WITH_RECORDS customers are
 * touched, so it costs the same for 10k customers as for 1M. Existing customers keep their rows; company customers
 * are renamed through OBP's own column, so OBP shows them as companies too.
 */
export type CustomerApiSeedSummary = { companies: number; persons: number; kycSituations: number };

const COMPANY_WORDS = ['Alpine', 'Harbour', 'Meridian', 'Northwind', 'Silverline', 'Lakeside', 'Granite', 'Summit', 'Riverbank', 'Blue Fern'];
const COMPANY_TRADES = ['Trading', 'Logistics', 'Holdings', 'Engineering', 'Foods', 'Textiles', 'Software', 'Capital', 'Energy', 'Design'];
const LEGAL_FORMS: Record<string, readonly string[]> = { 'gh.29.uk': ['Ltd', 'PLC', 'LLP'], GENODEM1GLS: ['GmbH', 'AG', 'KG'] };
const SECTORS = ['Wholesale trade', 'Transport and storage', 'Financial services', 'Manufacturing', 'Information and communication', 'Energy supply'];
const PROFESSIONS = ['Engineer', 'Teacher', 'Physician', 'Lawyer', 'Architect', 'Accountant', 'Nurse', 'Consultant', 'Pharmacist', 'Pilot'];
const EMPLOYERS = ['Northwind Ltd', 'Meridian Health', 'City Council', 'Granite Partners', 'Harbour Logistics', 'Summit Bank'];
const FUNCTIONS = ['Manager', 'Director', 'Specialist', 'Team lead', 'Partner', 'Analyst'];
const SOURCES_OF_WEALTH = ['employeeIncome', 'savings', 'inheritance', 'selfEmploymentIncome', 'realEstateSale', 'gift'] as const;
const SOURCES_OF_INCOME = ['income', 'savings', 'inheritance', 'pensionFunds'] as const;
const JOINT_GIVEN = ['Alex', 'Sam', 'Maria', 'Jonas', 'Li', 'Sofia', 'Daniel', 'Emma', 'Lucas', 'Chloé'];
const SIGNATORY_LAST = ['Fischer', 'Walker', 'García', 'Martin', 'Chen', 'Novak', 'Okafor', 'Rossi', 'Dubois', 'Kaur'];
const CURRENCY_BY_BANK: Record<string, string> = { 'gh.29.uk': 'GBP', GENODEM1GLS: 'EUR' };
const COUNTRY_BY_BANK: Record<string, string> = { 'gh.29.uk': 'GB', GENODEM1GLS: 'DE' };
const LANGUAGE_BY_BANK: Record<string, string> = { 'gh.29.uk': 'English', GENODEM1GLS: 'German' };

const isCompanyPosition = (position: number) => position >= 40 && position % 25 === 17;
const amount = (random: SeededRandom, minimum: number, maximum: number, step: number) =>
  String(Math.round(random.integer(minimum, maximum) / step) * step);

/** Seeds the API clients only, when a database made before issue 9 has none. */
export function seedCustomerApiClients(database: SandboxDatabase, passwordCost: PasswordCost = PASSWORD_COST): void {
  const present = database.prepare('SELECT EXISTS (SELECT 1 FROM oauth_clients) OR EXISTS (SELECT 1 FROM jwt_clients)').pluck().get() === 1;
  if (present) return;
  const clients = createApiClientRepository(database);
  const createdAt = formatObpDate(SEED_REFERENCE_TIME);
  const secretHash = hashPassword(DEV_OPENWEALTH_CLIENT_SECRET, passwordCost);
  database.transaction(() => {
    for (const client of DEV_OPENWEALTH_CLIENTS) clients.createOAuthClient({ ...client, secretHash }, createdAt);
    clients.createJwtClient(
      {
        clientId: DEV_BANKINGSERVICE_CLIENT_ID,
        name: 'Customer Desk (bankingservice.ai, dev key)',
        publicKey: JSON.stringify(devBankingServiceKeyPair().publicKey.export({ format: 'jwk' })),
      },
      createdAt,
    );
  })();
}

export function seedCustomerApis(database: SandboxDatabase, options: { randomSeed: number; passwordCost?: PasswordCost }): CustomerApiSeedSummary {
  const random = new SeededRandom(options.randomSeed ^ 0x0b11c);
  const obp = createRepositories(database);
  const apis = createCustomerApiRepository(database);
  const summary: CustomerApiSeedSummary = { companies: 0, persons: 0, kycSituations: 0 };
  const createdAt = formatObpDate(SEED_REFERENCE_TIME);
  let personNumber = 0;

  seedCustomerApiClients(database, options.passwordCost);
  const rowIds = database.prepare<[number], number>('SELECT id FROM customers ORDER BY id LIMIT ?').pluck().all(CUSTOMERS_WITH_RECORDS);
  const customers = obp.customers.findByRowIds(rowIds);

  const addPerson = (customer: CustomerRecord, relation: PersonRelation, givenName: string, lastName: string) => {
    personNumber += 1;
    const personId = `P${String(personNumber).padStart(6, '0')}`;
    apis.createPerson(
      {
        personId,
        bankId: customer.bankId,
        personType: 'naturalPerson',
        givenName,
        lastName,
        organisationName: '',
        title: '',
        gender: random.pick(['male', 'female']),
        birthDate: `${random.integer(1950, 2000)}-${String(random.integer(1, 12)).padStart(2, '0')}-${String(random.integer(1, 28)).padStart(2, '0')}`,
        nationality: COUNTRY_BY_BANK[customer.bankId] ?? 'GB',
        countryOfDomicile: COUNTRY_BY_BANK[customer.bankId] ?? 'GB',
        language: LANGUAGE_BY_BANK[customer.bankId] ?? 'English',
      },
      createdAt,
    );
    apis.addRole(customer.customerId, personId, relation);
    const emailName = `${givenName}.${lastName}`.normalize('NFD').replace(/[^A-Za-z.]/g, '').toLowerCase();
    apis.addContactDetail({ personId }, { medium: 'email', mediumType: 'private', content: `${emailName}@example.com`, additionalInformation: '' }, createdAt);
    apis.addContactDetail({ personId }, { medium: 'phone', mediumType: 'business', content: `+41 44 ${random.digits(3)} ${random.digits(2)} ${random.digits(2)}`, additionalInformation: 'office' }, createdAt);
    summary.persons += 1;
  };

  customers.forEach((customer, position) => {
    const currency = CURRENCY_BY_BANK[customer.bankId] ?? 'EUR';
    if (isCompanyPosition(position)) {
      const company = `${random.pick(COMPANY_WORDS)} ${random.pick(COMPANY_TRADES)}`;
      const legalForm = random.pick(LEGAL_FORMS[customer.bankId] ?? ['Ltd']);
      const contact = splitLegalName(customer.legalName);
      apis.saveProfile(customer.customerId, {
        personType: 'legalPerson',
        givenName: contact.givenName,
        lastName: contact.lastName,
        company: `${company} ${legalForm}`,
        legalForm,
        lei: `5299${random.digits(2)}${Array.from({ length: 12 }, () => random.pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'])).join('')}${random.digits(2)}`,
        domiciliaryCompany: false,
        status: 'active',
        referenceCurrency: currency,
      });
      obp.customerUpdates.update(customer.customerId, { legalName: `${company} ${legalForm}` }, customer.updatedAt);
      // The person the customer was is now the company's contact and signatory.
      addPerson(customer, 'authorisedSignatory', contact.givenName || contact.lastName, contact.lastName);
      apis.saveKycSituations(customer.customerId, {
        nonFinancialSituation: {
          sector: random.pick(SECTORS),
          numberOfEmployees: random.integer(3, 900),
          dateOfIncorporation: `${random.integer(1960, 2020)}-0${random.integer(1, 9)}-1${random.integer(0, 9)}`,
          companyPurpose: `${company} and related services`,
          structureControllingPerson: `${contact.givenName} ${contact.lastName} (100%)`.trim(),
          riskDomicile: COUNTRY_BY_BANK[customer.bankId] ?? 'GB',
        },
        financialSituation: {
          annualTurnover: { currency, amount: amount(random, 200_000, 40_000_000, 1000) },
          monetaryWealth: { currency, amount: amount(random, 50_000, 5_000_000, 1000) },
        },
      });
      summary.companies += 1;
      summary.kycSituations += 1;
      return;
    }
    const { lastName } = splitLegalName(customer.legalName);
    if (position === 0 || position % 10 === 3) addPerson(customer, 'accountOwner', random.pick(JOINT_GIVEN), lastName);
    if (position === 0 || position % 20 === 7) addPerson(customer, 'authorisedSignatory', random.pick(JOINT_GIVEN), random.pick(SIGNATORY_LAST));
    if (position % 3 === 0) {
      const wealth = random.pick(SOURCES_OF_WEALTH);
      apis.saveKycSituations(customer.customerId, {
        nonFinancialSituation: {
          profession: customer.legalName === EVELINE_TRIPMAN.legalName ? 'Architect' : random.pick(PROFESSIONS),
          employingCompany: random.pick(EMPLOYERS),
          function: random.pick(FUNCTIONS),
          riskDomicile: COUNTRY_BY_BANK[customer.bankId] ?? 'GB',
        },
        financialSituation: {
          incomeCurrentPeriod: { currency, amount: amount(random, 25_000, 400_000, 500) },
          sourceOfIncome: random.pick(SOURCES_OF_INCOME),
          monetaryWealth: { currency, amount: amount(random, 10_000, 8_000_000, 1000) },
          sourceOfWealth: [{ sourceOfWealth: wealth, currency, amount: amount(random, 5_000, 2_000_000, 1000) }],
          priorBank: { namePriorBank: random.pick(['Lloyds Bank', 'Sparkasse Bochum', 'Banco Santander', 'HSBC UK']), domicilePriorBank: COUNTRY_BY_BANK[customer.bankId] ?? 'GB' },
        },
      });
      summary.kycSituations += 1;
    }
  });
  return summary;
}
