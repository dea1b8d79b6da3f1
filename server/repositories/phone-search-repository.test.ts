import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSandboxDatabase, type SandboxDatabase } from '../database/sandbox-database';
import { formatObpDate } from '../json/obp-dates';
import { matchesLikePattern } from '../search/like-pattern';
import { planPhoneSearch } from '../search/phone-search-plan';
import { seedDatabase } from '../seed/seed-database';
import { SeededRandom } from '../seed/seeded-random';
import { createRepositories, type Repositories } from './repositories';
import { blankCustomer } from './blank-customer';
import { createPhoneSearchRepository, type PhoneSearchRepository, type PhoneSearchStrategy } from './phone-search-repository';
import { TEST_PASSWORD_COST } from '../security/passwords';

const BANK = 'gh.29.uk';
const OTHER_BANK = 'GENODEM1GLS';

/** Numbers with everything a LIKE implementation can get wrong; each is stored at both banks. */
const TRICKY_NUMBERS = [
  "+44 (0) 7700 900'123",
  '+44 "7700" 900124',
  '+44\\7700\\900125',
  '+44 7700; 900126',
  '+44 7700 -- 900127',
  '+44 [7700] 900128',
  '+44 7700 * 900129 ?',
  '100% sure_7700',
  '1000 sure 7700',
  'TEL 07700 ABC',
  'tel 07700 abc',
  '电话 138 0013 8000',
  '＋８６ １３８ ００１３',
  '📞 0044-7700-900123',
  '📞📞 0044-7700-900123',
  'ÄÖÜ 0151 1234567',
  'line\nbreak 7700',
  "' OR '1'='1",
  'DROP TABLE customers; --',
  '+44 [0-9] 7700',
  '7',
];

let database: SandboxDatabase;
let repositories: Repositories;
let rows: Array<{ id: number; bank_id: string; mobile_phone_number: string }>;

const expectedIds = (bankId: string, pattern: string) =>
  rows.filter((row) => row.bank_id === bankId && matchesLikePattern(pattern, row.mobile_phone_number)).map((row) => row.id);

const search = (bankId: string, pattern: string, strategy?: PhoneSearchStrategy) =>
  repositories.phoneSearch.findMatches(bankId, pattern, strategy ? { strategy } : {});

/** The strategies that can serve a pattern besides the one chosen: all must agree. */
const applicableStrategies = (pattern: string): PhoneSearchStrategy[] => {
  const plan = planPhoneSearch(pattern);
  if (plan.matchesNothing) return [];
  if (plan.matchesEverything) return ['bank-scan', 'whole-bank'];
  return [
    'bank-scan',
    ...(plan.trigramQuery === undefined ? [] : (['trigram-index'] as const)),
    ...(plan.prefixGlob === undefined ? [] : (['prefix-range'] as const)),
  ];
};

let uncapped: PhoneSearchRepository;

beforeAll(() => {
  database = openSandboxDatabase(':memory:');
  seedDatabase(database, { customers: 3000, password: 'unused-password', passwordCost: TEST_PASSWORD_COST });
  repositories = createRepositories(database);
  // Counting limits above this seed's size: every first page's count is then exact and can be compared with the
  // reference (the caps' own behaviour is tested with small ones below).
  uncapped = createPhoneSearchRepository(database, { countCap: 100_000, scanBudget: 100_000 });
  let index = 0;
  for (const bankId of [BANK, OTHER_BANK]) {
    for (const mobilePhoneNumber of TRICKY_NUMBERS) {
      index += 1;
      repositories.customers.create(
        blankCustomer({ bankId, customerNumber: `TRICKY-${index}`, legalName: `Tricky ${index}`, mobilePhoneNumber, createdAt: formatObpDate(Date.UTC(2025, 0, 1)) }),
      );
    }
  }
  rows = database.prepare('SELECT id, bank_id, mobile_phone_number FROM customers ORDER BY id').all() as typeof rows;
});

afterAll(() => database.close());

describe('phone search semantics (OBP LIKE)', () => {
  it.each([
    ['%7700%', 'any run around a literal'],
    ['%', 'everything'],
    ['+44%', 'a prefix'],
    ['%123', 'a suffix'],
    ['%7_00%', 'one character'],
    ['_', 'a single character'],
    ['%____________________%', 'a minimum length'],
    ["%'%", 'a single quote'],
    ['%"7700"%', 'double quotes'],
    ['%\\%', 'a backslash, literal (no escape character)'],
    ['%\\7700\\%', 'backslashes around digits'],
    ['%;%', 'a semicolon'],
    ['%--%', 'an SQL comment'],
    ['%[7700]%', 'brackets, literal (not a character class)'],
    ['%[0-9]%', 'a would-be character class'],
    ['%*%', 'a GLOB star, literal'],
    ['%?', 'a GLOB question mark, literal'],
    ["' OR '1'='1", 'an injection attempt as an exact value'],
    ["%' OR '1'='1%", 'an injection attempt as a fragment'],
    ['DROP TABLE customers; --', 'SQL keywords'],
    ['%TEL%', 'upper case only'],
    ['%tel%', 'lower case only'],
    ['%138 0013%', 'digits after Chinese text'],
    ['电话%', 'a Chinese prefix'],
    ['%１３８%', 'full-width digits'],
    ['_ 0044-7700-900123', 'one emoji is one character'],
    ['__ 0044-7700-900123', 'two emoji are two characters'],
    ['%ÄÖÜ%', 'umlauts'],
    ['%äöü%', 'umlauts in another case'],
    ['line_break 7700', 'an underscore matches a line break'],
    ['100% sure_7700', 'a literal % in the value is matched by the wildcard'],
  ])('%j (%s) finds exactly what LIKE finds, at one bank only', (pattern) => {
    // Every case matches something, except the one that shows case matters.
    expect(expectedIds(BANK, pattern).length > 0).toBe(pattern !== '%äöü%');
    for (const bankId of [BANK, OTHER_BANK]) {
      const expected = expectedIds(bankId, pattern);
      expect(search(bankId, pattern).ids).toEqual(expected);
      for (const strategy of applicableStrategies(pattern)) expect(search(bankId, pattern, strategy).ids, strategy).toEqual(expected);
    }
  });

  it('matches a pattern without wildcards against the whole number only', () => {
    const eveline = search(BANK, '+44 07972 444 876');
    expect(eveline.strategy).toBe('exact');
    expect(repositories.customers.findByRowIds(eveline.ids).map((customer) => customer.legalName)).toEqual(['Eveline Tripman']);
    expect(search(BANK, '07972 444 876').ids).toEqual([]);
    expect(search(BANK, '+44 07972 444 87').ids).toEqual([]);
  });

  it('is case-sensitive', () => {
    const upper = repositories.customers.findByRowIds(search(BANK, '%TEL 07700%').ids).map((customer) => customer.mobilePhoneNumber);
    expect(upper).toEqual(['TEL 07700 ABC']);
  });

  it('never returns a customer of another bank, even for a number both banks have', () => {
    const atBank = repositories.customers.findByRowIds(search(BANK, '+44 07972 444 876').ids);
    const atOtherBank = repositories.customers.findByRowIds(search(OTHER_BANK, '+44 07972 444 876').ids);
    expect(atBank.map((customer) => customer.bankId)).toEqual([BANK]);
    // The seed gives the first customer of the second bank Eveline's number.
    expect(atOtherBank.map((customer) => customer.bankId)).toEqual([OTHER_BANK]);
    for (const pattern of ['%', '%444%', '+44%', '%4%']) {
      expect(repositories.customers.findByRowIds(search(BANK, pattern).ids).every((customer) => customer.bankId === BANK)).toBe(true);
    }
    expect(search('no-such-bank', '%').ids).toEqual([]);
  });

  it('matches nothing for a pattern containing NUL', () => {
    expect(search(BANK, '%\u0000%')).toEqual({ strategy: 'no-match', total: 0, ids: [] });
  });
});

describe('choice of strategy', () => {
  it.each<[string, PhoneSearchStrategy]>([
    ['+44 07972 444 876', 'exact'],
    ['%444%', 'trigram-index'],
    ['%4 0797%', 'trigram-index'],
    ['+44 07972%', 'prefix-range'],
    ['+4%', 'prefix-range'],
    ['%44%', 'bank-scan'],
    ['%4_4%', 'bank-scan'],
    ['%', 'whole-bank'],
    ['%%', 'whole-bank'],
    ['+44%', 'prefix-range'],
    ['+44 07%', 'prefix-range'],
  ])('%j is served by %s', (pattern, strategy) => {
    expect(search(BANK, pattern).strategy).toBe(strategy);
  });
});

describe('every strategy agrees with the reference matcher (property check over the seed)', () => {
  const random = new SeededRandom(99);
  const alphabet = [...'0123456789 +-()%_\'"\\;[]*?abcTEL电话📞'];

  /** Patterns a user could type: fragments of real numbers, with wildcards in various places, plus noise. */
  function patternFrom(source: string): string {
    const characters = [...source];
    const start = random.integer(0, Math.max(0, characters.length - 1));
    const length = random.integer(1, Math.max(1, characters.length - start));
    let fragment = characters.slice(start, start + length);
    if (random.chance(0.3)) fragment = fragment.map((character) => (random.chance(0.2) ? '_' : character));
    if (random.chance(0.1)) fragment.splice(random.integer(0, fragment.length), 0, random.pick(alphabet));
    const shape = random.integer(0, 4);
    const body = fragment.join('');
    if (shape === 0) return `%${body}%`;
    if (shape === 1) return `${body}%`;
    if (shape === 2) return `%${body}`;
    if (shape === 3) return `${body.slice(0, 3)}%${body.slice(3)}%`;
    return characters.join('');
  }

  it('for 600 generated patterns at both banks', () => {
    let checked = 0;
    const strategiesSeen = new Set<PhoneSearchStrategy>();
    for (let round = 0; round < 600; round += 1) {
      const source = random.pick(rows).mobile_phone_number;
      const pattern = random.chance(0.01) ? '%'.repeat(random.integer(1, 3)) : random.chance(0.05) ? Array.from({ length: random.integer(1, 4) }, () => random.pick(alphabet)).join('') : patternFrom(source);
      for (const bankId of [BANK, OTHER_BANK]) {
        const expected = expectedIds(bankId, pattern);
        const chosen = search(bankId, pattern);
        strategiesSeen.add(chosen.strategy);
        expect(chosen.ids, `${pattern} (${chosen.strategy})`).toEqual(expected);
        for (const strategy of applicableStrategies(pattern)) expect(search(bankId, pattern, strategy).ids, `${pattern} (${strategy})`).toEqual(expected);
        // The console's first page, which stops early: the same rows, and (under the caps here) the exact count.
        for (const strategy of [undefined, ...applicableStrategies(pattern)]) {
          const page = uncapped.findPage(bankId, pattern, { limit: 20, offset: 0 }, strategy ? { strategy } : {});
          expect(page.ids, `${pattern} (first page, ${page.strategy})`).toEqual(expected.slice(0, 20));
          expect(page.hasMore, `${pattern} (first page, ${page.strategy})`).toBe(expected.length > 20);
          if (!page.strategy.endsWith('match')) expect(page.count, `${pattern} (first page, ${page.strategy})`).toEqual({ value: expected.length, exact: true });
        }
        checked += 1;
      }
    }
    expect(checked).toBe(1200);
    expect([...strategiesSeen].sort()).toEqual(['bank-scan', 'exact', 'prefix-range', 'trigram-index', 'whole-bank']);
  }, 60_000);
});

describe('paging', () => {
  it.each(['%', '%444%', '%4_4%', '+44%'])('gives the same total and the same pages as slicing every match of %j', (pattern) => {
    const all = search(BANK, pattern);
    expect(all.total).toBe(all.ids.length);
    for (const page of [{ limit: 20, offset: 0 }, { limit: 7, offset: 13 }, { limit: 50, offset: all.total - 5 }, { limit: 10, offset: all.total + 10 }]) {
      const paged = repositories.phoneSearch.findMatches(BANK, pattern, { page });
      expect(paged.total).toBe(all.total);
      expect(paged.ids).toEqual(all.ids.slice(page.offset, page.offset + page.limit));
    }
  });
});

describe('first pages (findPage)', () => {
  it.each([
    [0, 20],
    [13, 7],
    [40, 50],
  ])('gives the page at offset %i, limit %i, of every strategy, as slicing every match', (offset, limit) => {
    for (const pattern of ['%', '%444%', '%4_4%', '+44%', '+44 07%', '%(2__)%', '%44%', '+44 07972 444 876']) {
      const expected = expectedIds(BANK, pattern);
      for (const strategy of [undefined, ...applicableStrategies(pattern)]) {
        const page = uncapped.findPage(BANK, pattern, { limit, offset }, strategy ? { strategy } : {});
        expect(page.ids, `${pattern} ${page.strategy}`).toEqual(expected.slice(offset, offset + limit));
        expect(page.hasMore, `${pattern} ${page.strategy}`).toBe(expected.length > offset + limit);
        expect(page.count, `${pattern} ${page.strategy}`).toEqual({ value: expected.length, exact: true });
      }
    }
  });

  it('stops counting at the cap, and after the scan budget for a pattern no index narrows, saying "at least"', () => {
    const limited = createPhoneSearchRepository(database, { countCap: 100, scanBudget: 500 });
    const stoppedBy = new Set<string>();
    for (const pattern of ['%', '%444%', '%4_4%', '+44%', '%44%', '%(2__)%', '%7_00%', '%0797%']) {
      const expected = expectedIds(BANK, pattern);
      for (const strategy of [undefined, ...applicableStrategies(pattern)]) {
        for (const { limit, offset } of [{ limit: 20, offset: 0 }, { limit: 20, offset: 200 }]) {
          const page = limited.findPage(BANK, pattern, { limit, offset }, strategy ? { strategy } : {});
          const label = `${pattern} ${page.strategy} at ${offset}`;
          expect(page.ids, label).toEqual(expected.slice(offset, offset + limit));
          if (page.count.exact) {
            expect(page.count.value, label).toBe(expected.length);
          } else {
            // A lower bound: never more than match, never fewer than the rows this page proves.
            expect(page.count.value, label).toBeLessThanOrEqual(expected.length);
            expect(page.count.value, label).toBeGreaterThanOrEqual(page.ids.length === 0 ? 0 : offset + page.ids.length + (page.hasMore ? 1 : 0));
            stoppedBy.add(expected.length > 100 ? 'cap' : 'budget');
          }
          if (expected.length <= 100 && page.strategy !== 'bank-scan') expect(page.count.exact, label).toBe(true);
        }
      }
    }
    expect([...stoppedBy].sort()).toEqual(['budget', 'cap']);
  });
});

describe('the trigram index follows the customers table', () => {
  it('sees inserted, changed and deleted numbers', () => {
    const pattern = '%98765 4321%';
    expect(search(BANK, pattern, 'trigram-index').ids).toEqual([]);
    const { id } = repositories.customers.create({
      ...repositories.customers.findByNumber(BANK, 'TRICKY-1')!,
      customerId: undefined,
      customerNumber: 'INDEX-SYNC',
      mobilePhoneNumber: '+44 98765 4321',
    });
    expect(search(BANK, pattern, 'trigram-index').ids).toEqual([id]);
    // Later issues add the update and delete endpoints; the triggers are already here.
    database.prepare("UPDATE customers SET mobile_phone_number = '+44 11111 2222' WHERE id = ?").run(id);
    expect(search(BANK, pattern, 'trigram-index').ids).toEqual([]);
    expect(search(BANK, '%11111 2222%', 'trigram-index').ids).toEqual([id]);
    database.prepare('DELETE FROM customers WHERE id = ?').run(id);
    expect(search(BANK, '%11111 2222%', 'trigram-index').ids).toEqual([]);
  });
});
