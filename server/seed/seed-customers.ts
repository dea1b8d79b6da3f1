import { formatObpDate } from '../json/obp-dates';
import type { NewCustomer } from '../repositories/customer-repository';
import { randomPhoneNumber, type PhoneRegion } from './phone-numbers';
import {
  CHINESE_FAMILY_NAMES,
  CHINESE_GIVEN_NAMES,
  FAMILY_NAMES,
  GIVEN_NAMES,
  asciiOf,
  type Gender,
  type NameCulture,
} from './seed-names';
import { weightedTable, type SeededRandom, type WeightedTable } from './seeded-random';

export const PRIMARY_BANK_ID = 'gh.29.uk';
export const SECOND_BANK_ID = 'GENODEM1GLS';

/** The seeds' example customer (contract §1.1 examples), always the first customer, at gh.29.uk. */
export const EVELINE_TRIPMAN = {
  customerNumber: '5987953',
  legalName: 'Eveline Tripman',
  mobilePhoneNumber: '+44 07972 444 876',
  email: 'eveline@example.com',
} as const;

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
/** "Today" of the seed: fixed, so the same seed gives the same database on any day. */
export const SEED_REFERENCE_TIME = Date.UTC(2025, 0, 1);

const day = (epochMilliseconds: number) => formatObpDate(Math.floor(epochMilliseconds / DAY) * DAY);

const tablesOf = <K extends string, T>(choices: Record<K, ReadonlyArray<readonly [T, number]>>) =>
  Object.fromEntries(Object.entries(choices).map(([key, value]) => [key, weightedTable(value as ReadonlyArray<readonly [T, number]>)])) as Record<K, WeightedTable<T>>;

const REGIONS_BY_CULTURE = tablesOf<NameCulture, PhoneRegion>({
  english: [['united-kingdom', 70], ['united-states', 15], ['germany', 5], ['france', 5], ['hong-kong', 5]],
  german: [['germany', 85], ['united-kingdom', 15]],
  french: [['france', 80], ['united-kingdom', 20]],
  spanish: [['spain', 55], ['mexico', 30], ['argentina', 10], ['united-states', 5]],
  chinese: [['china', 75], ['hong-kong', 10], ['taiwan', 10], ['united-kingdom', 5]],
});

const CULTURES_BY_BANK = tablesOf<string, NameCulture>({
  [PRIMARY_BANK_ID]: [['english', 45], ['german', 7], ['french', 5], ['spanish', 22], ['chinese', 21]],
  [SECOND_BANK_ID]: [['german', 60], ['english', 10], ['french', 5], ['spanish', 15], ['chinese', 10]],
});

const TITLE_CHOICES: Record<NameCulture, Record<Gender, ReadonlyArray<readonly [string, number]>>> = {
  english: { female: [['Ms', 5], ['Mrs', 3], ['Miss', 1], ['Dr', 1]], male: [['Mr', 9], ['Dr', 1]] },
  german: { female: [['Frau', 8], ['Dr.', 2]], male: [['Herr', 8], ['Dr.', 2]] },
  french: { female: [['Mme', 8], ['Dr', 1]], male: [['M.', 8], ['Dr', 1]] },
  spanish: { female: [['Sra.', 7], ['Srta.', 2], ['Dra.', 1]], male: [['Sr.', 9], ['Dr.', 1]] },
  chinese: { female: [['女士', 6], ['Ms', 3], ['', 1]], male: [['先生', 6], ['Mr', 3], ['', 1]] },
};

const TITLES = Object.fromEntries(
  Object.entries(TITLE_CHOICES).map(([culture, byGender]) => [culture, tablesOf<Gender, string>(byGender)]),
) as Record<NameCulture, Record<Gender, WeightedTable<string>>>;

const BRANCHES: Record<string, readonly string[]> = {
  [PRIMARY_BANK_ID]: ['LONDON-01', 'LONDON-02', 'MANCHESTER-01', 'EDINBURGH-01', 'DERBY6'],
  [SECOND_BANK_ID]: ['BOCHUM-01', 'BERLIN-01', 'FRANKFURT-01'],
};

const RELATIONSHIP_STATUSES = weightedTable<string>([
  ['Single', 35], ['Married', 40], ['Divorced', 10], ['Widowed', 5], ['Separated', 4], ['Partnership', 6],
]);
const EDUCATION = weightedTable<string>([
  ['Primary school', 4], ['Secondary school', 30], ['Vocational training', 20], ["Bachelor's degree", 28], ["Master's degree", 14], ['Doctorate', 4],
]);
const DEPENDANT_COUNTS = weightedTable<number>([[0, 45], [1, 20], [2, 22], [3, 9], [4, 4]]);
const NAME_SUFFIXES = weightedTable<string>([['', 92], ['Jr.', 3], ['Sr.', 2], ['III', 1], ['PhD', 2]]);
const employmentTable = (retired: number, student: number) =>
  weightedTable<string>([
    ['Employed', 50], ['Self-employed', 12], ['Part-time employed', 10], ['Unemployed', 5], ['Retired', retired], ['Student', student],
  ]);
const EMPLOYMENT = { young: employmentTable(0, 40), working: employmentTable(0, 1), senior: employmentTable(60, 1) };

const asciiCache = new Map<string, string>();
const cachedAscii = (text: string) => {
  let ascii = asciiCache.get(text);
  if (ascii === undefined) asciiCache.set(text, (ascii = asciiOf(text)));
  return ascii;
};
const RATINGS = ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC'] as const;

type Person = { legalName: string; gender: Gender; culture: NameCulture; emailName: string };

function personOf(random: SeededRandom, culture: NameCulture): Person {
  const gender: Gender = random.chance(0.5) ? 'female' : 'male';
  if (culture === 'chinese') {
    const [family, familyPinyin] = random.pick(CHINESE_FAMILY_NAMES);
    const [given, givenPinyin] = random.pick(CHINESE_GIVEN_NAMES[gender]);
    return { legalName: `${family}${given}`, gender, culture, emailName: `${givenPinyin}.${familyPinyin}` };
  }
  const given = random.pick(GIVEN_NAMES[culture][gender]);
  const family =
    culture === 'spanish'
      ? `${random.pick(FAMILY_NAMES.spanish)} ${random.pick(FAMILY_NAMES.spanish)}`
      : random.pick(FAMILY_NAMES[culture]);
  const familyForEmail = family.split(' ')[0]!;
  return { legalName: `${given} ${family}`, gender, culture, emailName: `${cachedAscii(given)}.${cachedAscii(familyForEmail)}` };
}

function dependantsOf(random: SeededRandom, dateOfBirth: number): string[] {
  const age = (SEED_REFERENCE_TIME - dateOfBirth) / YEAR;
  if (age < 20) return [];
  const count = random.weighted(DEPENDANT_COUNTS);
  const earliest = dateOfBirth + 18 * YEAR;
  const latest = Math.min(dateOfBirth + 45 * YEAR, SEED_REFERENCE_TIME - 30 * DAY);
  const births: number[] = [];
  for (let index = 0; index < count; index += 1) births.push(earliest + random.next() * (latest - earliest));
  return births.sort((left, right) => left - right).map(day);
}

/**
 * The customer at position `index` (0 is Eveline Tripman). `sharedMobile` is the mobile number of a customer of the
 * other bank that this one reuses (to prove the search never crosses banks), when the caller decides so.
 */
export function seedCustomer(random: SeededRandom, index: number, bankId: string, sharedMobile?: string): NewCustomer & { customerId: string } {
  const culture = index === 0 ? 'english' : random.weighted(CULTURES_BY_BANK[bankId]!);
  const person = personOf(random, culture);
  const dateOfBirth = SEED_REFERENCE_TIME - (19 + random.next() * 66) * YEAR;
  const age = (SEED_REFERENCE_TIME - dateOfBirth) / YEAR;
  const dobOfDependants = dependantsOf(random, dateOfBirth);
  const employment = random.weighted(age < 26 ? EMPLOYMENT.young : age >= 62 ? EMPLOYMENT.senior : EMPLOYMENT.working);
  const lastOkDate = random.chance(0.03) ? null : formatObpDate(SEED_REFERENCE_TIME - Math.floor(random.next() * 4 * YEAR / 1000) * 1000);
  const customerNumber = String(10_000_000 + ((index * 7_368_787) % 90_000_000));
  const hasFaceImage = random.chance(0.3);
  const customer = {
    customerId: random.uuid(),
    bankId,
    customerNumber,
    legalName: person.legalName,
    mobilePhoneNumber: sharedMobile ?? randomPhoneNumber(random, random.weighted(REGIONS_BY_CULTURE[culture])),
    email: `${person.emailName}${index}@${random.pick(['example.com', 'example.org', 'example.net'])}`,
    faceImageUrl: hasFaceImage ? `https://example.com/faces/${customerNumber}.jpg` : '',
    faceImageDate: hasFaceImage ? day(SEED_REFERENCE_TIME - random.next() * 5 * YEAR) : null,
    dateOfBirth: day(dateOfBirth),
    relationshipStatus: random.weighted(RELATIONSHIP_STATUSES),
    dependants: dobOfDependants.length,
    dobOfDependants,
    highestEducationAttained: random.weighted(EDUCATION),
    employmentStatus: employment,
    kycStatus: random.chance(0.85),
    lastOkDate,
    creditRating: random.pick(RATINGS),
    creditSource: bankId === SECOND_BANK_ID ? random.pick(['SCHUFA', 'Creditreform', 'OBP']) : random.pick(['Experian', 'Equifax', 'TransUnion', 'OBP']),
    creditLimitCurrency: bankId === SECOND_BANK_ID || random.chance(0.1) ? 'EUR' : 'GBP',
    creditLimitAmount: `${random.integer(1, 50) * 500}.00`,
    title: random.weighted(TITLES[culture][person.gender]),
    branchId: random.pick(BRANCHES[bankId]!),
    nameSuffix: random.weighted(NAME_SUFFIXES),
    createdAt: formatObpDate(Date.UTC(2020, 0, 1) + index * 37_000),
  };
  if (index !== 0) return customer;
  return {
    ...customer,
    ...EVELINE_TRIPMAN,
    title: 'Dr.',
    relationshipStatus: 'Single',
    kycStatus: true,
    branchId: 'DERBY6',
    nameSuffix: '',
    creditLimitCurrency: 'GBP',
  };
}
