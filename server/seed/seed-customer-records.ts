import type { CustomerAttributeType } from '@/api/schemas/customer-attributes';
import type { SandboxDatabase } from '../database/sandbox-database';
import { formatObpDate } from '../json/obp-dates';
import { shortReferenceOf, type CreditLimitRequestRecord } from '../repositories/credit-limit-request-repository';
import type { CustomerAddressFields } from '../repositories/customer-address-repository';
import type { CustomerRecord } from '../repositories/customer-repository';
import type { KycAuthor } from '../repositories/kyc-repository';
import { createRepositories } from '../repositories/repositories';
import type { UserRecord } from '../repositories/user-repository';
import {
  CITIES,
  addressIn,
  documentNumberIn,
  issuingAuthority,
  taxNumberIn,
  validityYears,
  type Country,
  type DocumentKind,
} from './customer-record-places';
import { EVELINE_TRIPMAN, PRIMARY_BANK_ID, SEED_REFERENCE_TIME } from './seed-customers';
import { CHINESE_FAMILY_NAMES, FAMILY_NAMES, asciiOf, type NameCulture } from './seed-names';
import { SeededRandom, weightedTable, type WeightedTable } from './seeded-random';

const DAY = 86_400_000;
const YEAR = 365 * DAY;

/**
 * Only the first customers (by rowid) get addresses, KYC data and the rest: the same work for 10k customers as for
 * 1M. Most of them get something; Eveline Tripman gets a full record in every tab.
 */
export const CUSTOMERS_WITH_RECORDS = 1500;

export type CustomerRecordSeedOptions = {
  /** The PRNG seed; with the same `now` day, the same value always yields the same records. */
  randomSeed: number;
  /** The real "today", epoch milliseconds (default: the clock): some documents expire around it, some around the seed's fixed date. */
  now?: number;
};

export type CustomerRecordSeedSummary = {
  addresses: number;
  taxResidences: number;
  socialMediaHandles: number;
  kycDocuments: number;
  kycMedia: number;
  kycChecks: number;
  kycStatuses: number;
  attributes: number;
  creditLimitRequests: number;
};

/** How the seeded staff sign KYC checks (the same people the meetings seed books as creators). */
const STAFF_NAMES = { kyc: 'Rajesh Patel', manager: 'Amelia Hartley', admin: 'Sam Okafor' } as const;
type StaffName = keyof typeof STAFF_NAMES;

/** Eveline's attributes (also asserted by the customer tests). */
export const EVELINE_ATTRIBUTES: ReadonlyArray<readonly [string, CustomerAttributeType, string]> = [
  ['PREFERRED_LANGUAGE', 'STRING', 'en'],
  ['CUSTOMER_SINCE', 'DATE_WITH_DAY', '2019-06-03'],
  ['NUMBER_OF_ACCOUNTS', 'INTEGER', '3'],
  ['RISK_SCORE', 'DOUBLE', '0.12'],
  ['SEGMENT', 'STRING', 'Premier'],
];

const day = (epoch: number) => formatObpDate(Math.floor(epoch / DAY) * DAY);
const calendarDay = (epoch: number) => day(epoch).slice(0, 10);
/** The same calendar day `years` later (29 February becomes 1 March). */
const addYears = (epoch: number, years: number) => {
  const date = new Date(Math.floor(epoch / DAY) * DAY);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.getTime();
};

// ---- who lives where ----------------------------------------------------------------------------------------------

const GERMAN = new Set(FAMILY_NAMES.german);
const FRENCH = new Set(FAMILY_NAMES.french);
const SPANISH = new Set(FAMILY_NAMES.spanish);
const CHINESE_FAMILIES = CHINESE_FAMILY_NAMES.map(([characters]) => characters);

/** The culture of a seeded name, read back from the name lists it was drawn from. */
export function cultureOf(legalName: string): NameCulture {
  if (/\p{Script=Han}/u.test(legalName)) return 'chinese';
  const words = legalName.split(' ');
  const last = words[words.length - 1]!;
  const lastTwo = words.slice(-2).join(' ');
  if (GERMAN.has(last) || GERMAN.has(lastTwo)) return 'german';
  if (FRENCH.has(last)) return 'french';
  if (words.length >= 3 && SPANISH.has(last) && SPANISH.has(words[words.length - 2]!)) return 'spanish';
  return 'english';
}

const familyNameOf = (legalName: string, culture: NameCulture) => {
  if (culture === 'chinese') return CHINESE_FAMILIES.find((family) => legalName.startsWith(family)) ?? legalName.slice(0, 1);
  const words = legalName.split(' ');
  return culture === 'spanish' ? words[words.length - 2]! : words[words.length - 1]!;
};

const HOME_COUNTRY: Record<NameCulture, Country> = { english: 'GB', german: 'DE', french: 'FR', spanish: 'ES', chinese: 'CN' };

/** Where a customer lives: mostly where their bank is, else in the country of their name. */
const RESIDENCE_AT_PRIMARY_BANK: Record<NameCulture, WeightedTable<Country>> = {
  english: weightedTable<Country>([['GB', 88], ['US', 12]]),
  german: weightedTable<Country>([['GB', 60], ['DE', 40]]),
  french: weightedTable<Country>([['GB', 60], ['FR', 40]]),
  spanish: weightedTable<Country>([['GB', 55], ['ES', 45]]),
  chinese: weightedTable<Country>([['GB', 65], ['CN', 35]]),
};
const RESIDENCE_AT_SECOND_BANK: Record<NameCulture, WeightedTable<Country>> = {
  english: weightedTable<Country>([['DE', 70], ['GB', 30]]),
  german: weightedTable<Country>([['DE', 1]]),
  french: weightedTable<Country>([['DE', 65], ['FR', 35]]),
  spanish: weightedTable<Country>([['DE', 65], ['ES', 35]]),
  chinese: weightedTable<Country>([['DE', 70], ['CN', 30]]),
};

const SOCIAL_TYPES: Record<NameCulture, readonly string[]> = {
  english: ['twitter', 'linkedin', 'instagram', 'facebook'],
  german: ['xing', 'linkedin', 'instagram'],
  french: ['linkedin', 'instagram', 'facebook'],
  spanish: ['instagram', 'facebook', 'linkedin', 'twitter'],
  chinese: ['wechat', 'weibo', 'linkedin'],
};

const SECOND_ADDRESSES = weightedTable<'work' | 'previous' | 'mailing'>([['work', 3], ['previous', 3], ['mailing', 1]]);
const LANGUAGE: Record<NameCulture, string> = { english: 'en', german: 'de', french: 'fr', spanish: 'es', chinese: 'zh-CN' };
const CHECK_METHODS = weightedTable<string>([['In person', 5], ['Video call', 4], ['Document scan', 3], ['Electronic ID', 2]]);
const SATISFIED_COMMENTS = [
  'Identity confirmed against the original document; photo matches.',
  'Document verified; address confirmed with a recent utility bill.',
  'Periodic review completed; no changes to occupation or source of funds.',
  'Electronic identity check passed; liveness check completed.',
  'Source of funds explained with payslips for the last three months.',
];
const UNSATISFIED_COMMENTS = [
  'Proof of address older than three months; a recent utility bill was requested.',
  'Photo on the document unclear; customer asked to bring the original to the branch.',
  'Name on the bank statement differs from the passport; clarification requested.',
  'Document expired; the customer was asked to provide the renewed one.',
];

// ---- the seed -----------------------------------------------------------------------------------------------------

type Repositories = ReturnType<typeof createRepositories>;

type Context = {
  random: SeededRandom;
  repositories: Repositories;
  today: number;
  staff: Map<StaffName, UserRecord>;
  summary: CustomerRecordSeedSummary;
};

/**
 * Addresses, tax residences, social media handles, KYC documents, media, checks and status histories, attributes and
 * credit-limit requests for the first customers of each bank. Call inside the seed's transaction, after customers and
 * staff exist. Uses its own generator, so it neither depends on nor shifts the rest of the seed.
 */
export function seedCustomerRecords(database: SandboxDatabase, options: CustomerRecordSeedOptions): CustomerRecordSeedSummary {
  const random = new SeededRandom((options.randomSeed ^ 0x7265636f) >>> 0);
  const repositories = createRepositories(database);
  const today = Math.floor((options.now ?? Date.now()) / DAY) * DAY;
  const staff = new Map<StaffName, UserRecord>();
  for (const name of ['kyc', 'manager', 'admin'] as const) {
    const user = repositories.users.findByUsername(name);
    if (user) staff.set(name, user);
  }
  const summary: CustomerRecordSeedSummary = {
    addresses: 0, taxResidences: 0, socialMediaHandles: 0, kycDocuments: 0, kycMedia: 0, kycChecks: 0, kycStatuses: 0, attributes: 0,
    creditLimitRequests: 0,
  };
  const context: Context = { random, repositories, today, staff, summary };

  const customers = repositories.customers.findByRowIds(Array.from({ length: CUSTOMERS_WITH_RECORDS }, (_, index) => index + 1));
  for (const customer of customers) {
    if (customer.bankId === PRIMARY_BANK_ID && customer.customerNumber === EVELINE_TRIPMAN.customerNumber) seedEveline(context, customer);
    else seedCustomer(context, customer);
  }
  return summary;
}

/** The staff user a seeded KYC item's version is written by (the KYC officer, else the administrator). */
const authorFor = (context: Context, preferred: StaffName): KycAuthor => {
  const user = context.staff.get(preferred) ?? context.staff.get('admin');
  return { userId: user?.userId ?? '', username: user?.username ?? '' };
};

const staffFor = (context: Context, preferred: StaffName): { userId: string; name: string } => {
  const user = context.staff.get(preferred) ?? context.staff.get('admin');
  return { userId: user?.userId ?? '', name: STAFF_NAMES[user && context.staff.get(preferred) ? preferred : 'admin'] };
};

function addAddress(context: Context, customer: CustomerRecord, fields: CustomerAddressFields, insertDate: number): void {
  context.repositories.customerAddresses.create(context.random.uuid(), customer.customerId, fields, formatObpDate(insertDate));
  context.summary.addresses += 1;
}

function addTaxResidence(context: Context, customer: CustomerRecord, domain: string, taxNumber: string, createdAt: number): void {
  if (context.repositories.taxResidences.exists(customer.customerId, domain, taxNumber)) return;
  context.repositories.taxResidences.create({ taxResidenceId: context.random.uuid(), customerId: customer.customerId, domain, taxNumber }, formatObpDate(createdAt));
  context.summary.taxResidences += 1;
}

function addHandle(context: Context, customer: CustomerRecord, type: string, handle: string, added: number, activated: number): void {
  if (context.repositories.socialMediaHandles.exists(customer.customerId, type, handle)) return;
  context.repositories.socialMediaHandles.create(
    { customerId: customer.customerId, customerNumber: customer.customerNumber, type, handle, dateAdded: day(added), dateActivated: day(activated) },
    formatObpDate(activated),
  );
  context.summary.socialMediaHandles += 1;
}

function addDocument(context: Context, customer: CustomerRecord, document: { kind: DocumentKind; number: string; issued: number; expires: number; place: string }): string {
  const kycDocumentId = context.random.uuid();
  context.repositories.kyc.documents.upsert(
    {
      kycDocumentId,
      bankId: customer.bankId,
      customerId: customer.customerId,
      customerNumber: customer.customerNumber,
      type: document.kind,
      number: document.number,
      issueDate: day(document.issued),
      issuePlace: document.place,
      expiryDate: day(document.expires),
    },
    // Recorded when the customer brought it in: a few days after it was issued, never after today.
    formatObpDate(Math.min(document.issued + 9 * DAY, context.today)),
    authorFor(context, 'kyc'),
  );
  context.summary.kycDocuments += 1;
  return kycDocumentId;
}

function addMedia(context: Context, customer: CustomerRecord, media: { type: string; file: string; date: number; documentId?: string; checkId?: string }): void {
  context.repositories.kyc.media.upsert(
    {
      kycMediaId: context.random.uuid(),
      bankId: customer.bankId,
      customerId: customer.customerId,
      customerNumber: customer.customerNumber,
      type: media.type,
      url: `https://documents.example.com/kyc/${customer.customerNumber}/${media.file}`,
      date: formatObpDate(media.date),
      relatesToKycDocumentId: media.documentId ?? '',
      relatesToKycCheckId: media.checkId ?? '',
    },
    formatObpDate(media.date),
    authorFor(context, 'kyc'),
  );
  context.summary.kycMedia += 1;
}

function addCheck(context: Context, customer: CustomerRecord, check: { date: number; how: string; by: StaffName; satisfied: boolean; comments: string }): string {
  const kycCheckId = context.random.uuid();
  const staff = staffFor(context, check.by);
  context.repositories.kyc.checks.upsert(
    {
      kycCheckId,
      bankId: customer.bankId,
      customerId: customer.customerId,
      customerNumber: customer.customerNumber,
      date: formatObpDate(check.date),
      how: check.how,
      staffUserId: staff.userId,
      staffName: staff.name,
      satisfied: check.satisfied,
      comments: check.comments,
    },
    formatObpDate(check.date),
    authorFor(context, check.by),
  );
  context.summary.kycChecks += 1;
  return kycCheckId;
}

function addStatus(context: Context, customer: CustomerRecord, ok: boolean, date: number, by: StaffName): void {
  const staff = staffFor(context, by);
  context.repositories.kyc.addStatus(
    { bankId: customer.bankId, customerId: customer.customerId, customerNumber: customer.customerNumber, ok, date: formatObpDate(date), staffUserId: staff.userId },
    formatObpDate(date),
  );
  context.summary.kycStatuses += 1;
}

function addAttribute(context: Context, customer: CustomerRecord, name: string, type: CustomerAttributeType, value: string, createdAt: number): void {
  context.repositories.customerAttributes.create(
    { customerAttributeId: context.random.uuid(), customerId: customer.customerId, bankId: customer.bankId, name, type, value },
    formatObpDate(createdAt),
  );
  context.summary.attributes += 1;
}

type RequestPlan = Pick<
  CreditLimitRequestRecord,
  | 'requestedCurrentRateAmount1'
  | 'requestedCurrentRateAmount2'
  | 'requestedCurrentValidEndDate'
  | 'currentCreditDocumentation'
  | 'temporaryRequestedCurrentAmount'
  | 'requestedTemporaryValidEndDate'
  | 'temporaryCreditDocumentation'
  | 'status'
  | 'nominalInterest1'
  | 'nominalInterest2'
>;

function addCreditLimitRequest(context: Context, customer: CustomerRecord, plan: RequestPlan, createdAt: number): void {
  const creditLimitRequestId = context.random.uuid();
  const staff = staffFor(context, 'manager');
  const decided = plan.status !== 'PENDING';
  context.repositories.creditLimitRequests.create({
    ...plan,
    creditLimitRequestId,
    bankId: customer.bankId,
    customerId: customer.customerId,
    rankAmount1: plan.requestedCurrentRateAmount1,
    rankAmount2: plan.requestedCurrentRateAmount2,
    nominalInterest1: decided ? plan.nominalInterest1 : '',
    nominalInterest2: decided && plan.requestedCurrentRateAmount2 !== '' ? plan.nominalInterest2 : '',
    shortReference: shortReferenceOf(creditLimitRequestId),
    staffUserId: staff.userId,
    createdAt: formatObpDate(createdAt),
  });
  context.summary.creditLimitRequests += 1;
}

// ---- Eveline Tripman ----------------------------------------------------------------------------------------------

/**
 * Eveline's record tells one story: a customer since 2019 in Derby, who moved from Nottingham; a passport that ran
 * out just after the seed's fixed date and was renewed; a driving licence that expires within 30 days of the real
 * today; a failed and two passed checks; her status history; a decided and a pending credit-limit request.
 */
function seedEveline(context: Context, customer: CustomerRecord): void {
  const { today } = context;
  const reference = SEED_REFERENCE_TIME;
  const since = Date.UTC(2019, 5, 3, 10, 15);

  addAddress(context, customer, {
    line1: '14 Friar Gate', line2: '', line3: '', city: 'Derby', county: 'Derbyshire', state: 'England', postcode: 'DE1 1EX', countryCode: 'GB',
    tags: ['home', 'mailing'], status: 'current',
  }, Date.UTC(2022, 8, 12, 10, 30));
  addAddress(context, customer, {
    line1: 'Derwent Business Centre', line2: 'Clarke Street', line3: '', city: 'Derby', county: 'Derbyshire', state: 'England', postcode: 'DE1 2BU',
    countryCode: 'GB', tags: ['work'], status: 'current',
  }, Date.UTC(2023, 1, 20, 14, 5));
  addAddress(context, customer, {
    line1: 'Flat 5', line2: '27 Mansfield Road', line3: '', city: 'Nottingham', county: 'Nottinghamshire', state: 'England', postcode: 'NG1 3FN',
    countryCode: 'GB', tags: ['previous'], status: 'previous',
  }, since);

  addTaxResidence(context, customer, 'GB', 'JT482915C', since);
  addTaxResidence(context, customer, 'US', '912-74-3158', Date.UTC(2021, 3, 9, 9));

  addHandle(context, customer, 'twitter', '@eveline_tripman', Date.UTC(2019, 6, 1), Date.UTC(2019, 6, 2));
  addHandle(context, customer, 'linkedin', 'linkedin.com/in/eveline-tripman', Date.UTC(2020, 1, 14), Date.UTC(2020, 1, 14));
  addHandle(context, customer, 'instagram', 'eveline.tripman', Date.UTC(2023, 9, 30), Date.UTC(2023, 10, 2));

  // The old passport expires 19 days after the seed's fixed date; its successor was issued before that.
  const oldPassportExpiry = reference + 19 * DAY;
  const oldPassport = addDocument(context, customer, {
    kind: 'Passport', number: '533401372', issued: addYears(oldPassportExpiry, -10), expires: oldPassportExpiry, place: 'HM Passport Office',
  });
  const renewed = Math.min(reference + 6 * DAY, today - 45 * DAY);
  const passport = addDocument(context, customer, {
    kind: 'Passport', number: '125873604', issued: renewed, expires: addYears(renewed, 10), place: 'HM Passport Office',
  });
  // The photocard licence runs out 18 days after the real today, so the console flags it whenever the seed runs.
  const licenceExpiry = today + 18 * DAY;
  const licence = addDocument(context, customer, {
    kind: 'Driving licence', number: 'TRIPM856129E99LW', issued: addYears(licenceExpiry, -10), expires: licenceExpiry, place: 'DVLA, Swansea',
  });

  const failed = addCheck(context, customer, {
    date: reference - 24 * DAY + 11 * 3600_000, how: 'Document scan', by: 'kyc', satisfied: false,
    comments: 'Passport expires within a month; the customer was asked to bring the renewed passport to the branch.',
  });
  const inBranch = addCheck(context, customer, {
    date: renewed + 3 * DAY + 10 * 3600_000, how: 'In person', by: 'kyc', satisfied: true,
    comments: 'Renewed passport checked against the original at DERBY6; address confirmed with a council tax bill.',
  });
  const review = addCheck(context, customer, {
    date: today - 40 * DAY + 15 * 3600_000, how: 'Video call', by: 'kyc', satisfied: true,
    comments: 'Annual review by video call: occupation and source of funds unchanged.',
  });

  addMedia(context, customer, { type: 'Scan', file: 'passport-2015.pdf', date: addYears(oldPassportExpiry, -10) + 12 * DAY, documentId: oldPassport });
  addMedia(context, customer, { type: 'Scan', file: 'passport-2025.pdf', date: renewed + 3 * DAY + 10 * 3600_000, documentId: passport, checkId: inBranch });
  addMedia(context, customer, { type: 'Photo', file: 'driving-licence.jpg', date: addYears(licenceExpiry, -10) + 20 * DAY, documentId: licence });
  addMedia(context, customer, { type: 'Scan', file: 'passport-expiry-notice.pdf', date: reference - 24 * DAY + 11 * 3600_000, checkId: failed });
  addMedia(context, customer, { type: 'Video', file: 'annual-review.mp4', date: today - 40 * DAY + 15 * 3600_000, checkId: review });

  addStatus(context, customer, true, since + 2 * 3600_000, 'kyc');
  addStatus(context, customer, false, reference - 24 * DAY + 11 * 3600_000, 'kyc');
  addStatus(context, customer, true, renewed + 3 * DAY + 10 * 3600_000, 'kyc');
  addStatus(context, customer, true, today - 40 * DAY + 15 * 3600_000, 'kyc');

  for (const [name, type, value] of EVELINE_ATTRIBUTES) addAttribute(context, customer, name, type, value, since + DAY);

  addCreditLimitRequest(context, customer, {
    requestedCurrentRateAmount1: '7500.00',
    requestedCurrentRateAmount2: '10000.00',
    requestedCurrentValidEndDate: calendarDay(reference + 364 * DAY),
    currentCreditDocumentation: 'Payslips for October to December 2024 and the P60 for 2023-24.',
    temporaryRequestedCurrentAmount: '2000.00',
    requestedTemporaryValidEndDate: calendarDay(reference + 45 * DAY),
    temporaryCreditDocumentation: 'Travel booking for a family holiday in January.',
    status: 'APPROVED',
    nominalInterest1: '19.9',
    nominalInterest2: '22.9',
  }, reference - 60 * DAY + 14 * 3600_000);
  addCreditLimitRequest(context, customer, {
    requestedCurrentRateAmount1: '12000.00',
    requestedCurrentRateAmount2: '',
    requestedCurrentValidEndDate: '',
    currentCreditDocumentation: 'Promotion letter from the employer with the new salary.',
    temporaryRequestedCurrentAmount: '',
    requestedTemporaryValidEndDate: '',
    temporaryCreditDocumentation: '',
    status: 'PENDING',
    nominalInterest1: '',
    nominalInterest2: '',
  }, today - 3 * DAY + 11 * 3600_000);
}

// ---- everyone else ------------------------------------------------------------------------------------------------

function seedCustomer(context: Context, customer: CustomerRecord): void {
  const { random, today } = context;
  const culture = cultureOf(customer.legalName);
  const residence = random.weighted((customer.bankId === PRIMARY_BANK_ID ? RESIDENCE_AT_PRIMARY_BANK : RESIDENCE_AT_SECOND_BANK)[culture]);
  // Customers joined over the ten years before the seed's fixed date.
  const joined = SEED_REFERENCE_TIME - random.integer(60, 3650) * DAY + random.integer(9 * 3600, 17 * 3600) * 1000;
  const ageYears = customer.dateOfBirth ? (today - Date.parse(customer.dateOfBirth)) / YEAR : 40;

  // Addresses: most customers have one; some a mailing or work address too, or the one they lived at when they joined.
  if (random.chance(0.85)) {
    const home = addressIn(random, residence, random.chance(0.7) ? ['home', 'mailing'] : ['home'], 'current');
    const second = random.chance(0.25) ? random.weighted(SECOND_ADDRESSES) : undefined;
    if (second === 'previous') {
      addAddress(context, customer, addressIn(random, residence, ['previous'], 'previous'), joined);
      addAddress(context, customer, home, joined + random.integer(30, 900) * DAY);
    } else {
      addAddress(context, customer, home, joined + random.integer(0, 3600) * 1000);
      if (second) addAddress(context, customer, addressIn(random, residence, [second], 'current'), joined + random.integer(30, 900) * DAY);
    }
  }

  // Tax residences: where they live, and sometimes where their name's country is (or the US for US persons).
  if (random.chance(0.7)) {
    addTaxResidence(context, customer, residence, taxNumberIn(random, residence, customer.dateOfBirth), joined + DAY);
    const home = HOME_COUNTRY[culture];
    if (home !== residence && random.chance(0.4)) addTaxResidence(context, customer, home, taxNumberIn(random, home, customer.dateOfBirth), joined + 2 * DAY);
    else if (residence !== 'US' && random.chance(0.03)) addTaxResidence(context, customer, 'US', taxNumberIn(random, 'US', customer.dateOfBirth), joined + 2 * DAY);
  }

  // Social media handles: a few customers, one to three each, named after their e-mail address.
  if (random.chance(0.4)) {
    const local = customer.email.split('@')[0]!.replace(/[^a-z0-9.]/gi, '').toLowerCase() || asciiOf(customer.legalName);
    const types = [...SOCIAL_TYPES[culture]];
    const count = random.integer(1, Math.min(3, types.length));
    for (let index = 0; index < count; index += 1) {
      const type = types.splice(random.integer(0, types.length - 1), 1)[0]!;
      const handle =
        type === 'linkedin' ? `linkedin.com/in/${local.replace(/\./g, '-')}`
        : type === 'wechat' ? `wxid_${random.digits(10)}`
        : type === 'twitter' ? `@${local.replace(/\./g, '_')}`.slice(0, 16)
        : local;
      const added = joined + random.integer(1, 1500) * DAY;
      if (added < today) addHandle(context, customer, type, handle, added, added + random.integer(0, 3) * DAY);
    }
  }

  seedKyc(context, customer, culture, residence, joined);

  // Attributes: the segment and preferred language of a third of the customers, sometimes more.
  if (random.chance(0.35)) {
    addAttribute(context, customer, 'SEGMENT', 'STRING', random.pick(['Retail', 'Retail', 'Retail', 'Premier', 'Private']), joined + DAY);
    if (random.chance(0.6)) addAttribute(context, customer, 'PREFERRED_LANGUAGE', 'STRING', LANGUAGE[culture], joined + DAY);
    if (random.chance(0.4)) addAttribute(context, customer, 'CUSTOMER_SINCE', 'DATE_WITH_DAY', calendarDay(joined), joined + DAY);
    if (random.chance(0.3)) addAttribute(context, customer, 'NUMBER_OF_ACCOUNTS', 'INTEGER', String(random.integer(1, 5)), joined + DAY);
    if (random.chance(0.3)) addAttribute(context, customer, 'RISK_SCORE', 'DOUBLE', (random.integer(1, 95) / 100).toFixed(2), joined + DAY);
  }

  // Credit-limit requests: a few customers of working age, decided in the past or still pending.
  if (ageYears >= 21 && random.chance(0.08)) {
    const current = Number(customer.creditLimitAmount) || 2500;
    const requests = random.integer(1, 2);
    for (let index = 0; index < requests; index += 1) {
      const createdAt = index === requests - 1 && random.chance(0.5) ? today - random.integer(1, 20) * DAY : today - random.integer(60, 700) * DAY;
      const pending = createdAt > today - 21 * DAY;
      const amount = Math.round((current * (1.2 + random.next())) / 500) * 500;
      const temporary = random.chance(0.3);
      addCreditLimitRequest(context, customer, {
        requestedCurrentRateAmount1: `${amount}.00`,
        requestedCurrentRateAmount2: random.chance(0.4) ? `${amount + 2500}.00` : '',
        requestedCurrentValidEndDate: random.chance(0.5) ? calendarDay(createdAt + 365 * DAY) : '',
        currentCreditDocumentation: random.pick(['Payslips for the last three months.', 'Employment contract and latest tax return.', 'Bank statements for the last six months.', '']),
        temporaryRequestedCurrentAmount: temporary ? `${random.integer(1, 8) * 500}.00` : '',
        requestedTemporaryValidEndDate: temporary ? calendarDay(createdAt + random.integer(30, 90) * DAY) : '',
        temporaryCreditDocumentation: temporary ? random.pick(['Travel booking abroad.', 'Home renovation quote.', 'Wedding expenses.']) : '',
        status: pending ? 'PENDING' : random.chance(0.75) ? 'APPROVED' : 'DECLINED',
        nominalInterest1: (random.integer(149, 299) / 10).toFixed(1),
        nominalInterest2: (random.integer(199, 349) / 10).toFixed(1),
      }, createdAt + random.integer(9 * 3600, 17 * 3600) * 1000);
    }
  }
}

/** Which expiry a customer's main document gets: most are valid; some expired or expiring around either "today". */
const EXPIRY_PLANS = weightedTable<'valid' | 'expired' | 'expires-soon' | 'expired-near-reference' | 'expires-near-reference'>([
  ['valid', 70], ['expired', 9], ['expires-soon', 7], ['expired-near-reference', 7], ['expires-near-reference', 7],
]);

function seedKyc(context: Context, customer: CustomerRecord, culture: NameCulture, residence: Country, joined: number): void {
  const { random, today } = context;
  if (!random.chance(0.8)) return;
  const home = HOME_COUNTRY[culture];
  const family = familyNameOf(customer.legalName, culture);
  const cityIn = (country: Country) => random.pick(CITIES[country]).city;

  // The main document: a passport, or the national ID card of countries that have one.
  const kind: DocumentKind = ['DE', 'FR', 'ES', 'CN'].includes(home) && random.chance(0.5) ? 'National ID card' : 'Passport';
  const years = validityYears(kind, home);
  const plan = random.weighted(EXPIRY_PLANS);
  const expires =
    plan === 'expired' ? today - random.integer(1, 400) * DAY
    : plan === 'expires-soon' ? today + random.integer(0, 30) * DAY
    : plan === 'expired-near-reference' ? SEED_REFERENCE_TIME - random.integer(1, 30) * DAY
    : plan === 'expires-near-reference' ? SEED_REFERENCE_TIME + random.integer(0, 30) * DAY
    : today + random.integer(60, (years - 1) * 365) * DAY;
  const issued = addYears(expires, -years);
  const documents: Array<{ id: string; issued: number }> = [];
  const document = (kind: DocumentKind, country: Country, documentExpires: number) => {
    const documentIssued = addYears(documentExpires, -validityYears(kind, country));
    const id = addDocument(context, customer, {
      kind, number: documentNumberIn(random, kind, country, customer.dateOfBirth, family), issued: documentIssued, expires: documentExpires,
      place: issuingAuthority(kind, country, cityIn(country)),
    });
    documents.push({ id, issued: documentIssued });
  };
  document(kind, home, expires);
  if (random.chance(0.35)) document('Driving licence', residence, today + random.integer(-200, 9 * 365) * DAY);
  if (home !== residence && residence !== 'US' && random.chance(0.3)) document('Residence permit', residence, today + random.integer(-60, 4 * 365) * DAY);

  // Checks: onboarding, and for some a periodic review; a few were not satisfied at first. The status history follows.
  const onboarding = Math.max(joined, issued) + random.integer(1, 20) * DAY + random.integer(9, 16) * 3600_000;
  const checks: Array<{ date: number; satisfied: boolean; id: string }> = [];
  if (onboarding < today) {
    if (random.chance(0.12)) {
      const date = onboarding - random.integer(2, 10) * DAY;
      checks.push({ date, satisfied: false, id: addCheck(context, customer, { date, how: random.weighted(CHECK_METHODS), by: 'kyc', satisfied: false, comments: random.pick(UNSATISFIED_COMMENTS) }) });
    }
    checks.push({ date: onboarding, satisfied: true, id: addCheck(context, customer, { date: onboarding, how: random.weighted(CHECK_METHODS), by: random.chance(0.7) ? 'kyc' : 'manager', satisfied: true, comments: random.pick(SATISFIED_COMMENTS) }) });
    const reviewDate = onboarding + random.integer(300, 800) * DAY;
    if (reviewDate < today && random.chance(0.5)) {
      const satisfied = customer.kycStatus || random.chance(0.5);
      checks.push({ date: reviewDate, satisfied, id: addCheck(context, customer, { date: reviewDate, how: random.weighted(CHECK_METHODS), by: 'kyc', satisfied, comments: random.pick(satisfied ? SATISFIED_COMMENTS : UNSATISFIED_COMMENTS) }) });
    }
  }
  for (const check of checks) addStatus(context, customer, check.satisfied, check.date, 'kyc');
  // The last status agrees with the customer's kyc_status.
  const last = checks[checks.length - 1];
  if (!last || last.satisfied !== customer.kycStatus) {
    const after = last?.date ?? Math.min(onboarding, today - 2 * DAY);
    addStatus(context, customer, customer.kycStatus, Math.max(after + 3600_000, Math.min(after + random.integer(1, 30) * DAY, today - DAY)), 'kyc');
  }

  // Media: scans of some documents, and the recording of some video checks.
  for (const { id, issued: documentIssued } of documents) {
    if (random.chance(0.5)) addMedia(context, customer, { type: 'Scan', file: `${id.slice(0, 8)}.pdf`, date: Math.min(documentIssued + 9 * DAY, today), documentId: id });
  }
  const video = checks.find(() => random.chance(0.2));
  if (video) addMedia(context, customer, { type: 'Video', file: `check-${video.id.slice(0, 8)}.mp4`, date: video.date, checkId: video.id });
}
