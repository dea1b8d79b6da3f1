import type { SandboxDatabase } from '../database/sandbox-database';
import { chooseRarestTrigrams, planPhoneSearch, trigramQueryOf, type PhoneSearchPlan } from '../search/phone-search-plan';

/**
 * How a search was served:
 * - `no-match`: the pattern cannot match anything (it contains NUL);
 * - `whole-bank`: the pattern is only `%` — every customer of the bank, counted and paged without testing values;
 * - `exact`: no wildcard — an equality lookup on the (bank, mobile) index;
 * - `prefix-range`: a literal prefix — a range of the (bank, mobile) index, verified with GLOB;
 * - `trigram-index`: candidates from the FTS5 trigram index, verified with GLOB against the customers table;
 * - `bank-scan`: nothing to look up (no literal prefix, no 3-character literal run) — every number of the bank,
 *   read from the (bank, mobile) index alone and tested with GLOB.
 */
export type PhoneSearchStrategy = 'no-match' | 'whole-bank' | 'exact' | 'prefix-range' | 'trigram-index' | 'bank-scan';

export type PhoneSearchPage = { limit: number; offset: number };

/** `total` matches in all; `ids` are the rowids of the requested page (of every match without a page), in rowid order. */
export type PhoneSearchMatches = { strategy: PhoneSearchStrategy; total: number; ids: number[] };

/**
 * A prefix shared by fewer numbers than this is read as an index range; above it the trigram index is usually more
 * selective when the pattern has other literal runs (e.g. `+44%444%`: 280,000 numbers start with +44, 4,000 contain 444).
 */
export const PREFIX_RANGE_PROBE_LIMIT = 2_000;

/**
 * How many matches a first page counts at most. Beyond it the answer says "at least" instead of a number: the
 * console's first page never waits for a long count. Counting is most of a first page's work (each candidate of the
 * trigram index is read and tested), so the cap sets the worst case: at 10,000 a pattern such as `%777%` (6,016
 * matches at 1M customers) sat on the 10 ms budget; at 1,000 it costs a sixth of that. A relationship manager pages
 * twenty rows at a time and narrows a pattern long before a thousand.
 */
export const MATCH_COUNT_CAP = 1_000;

/**
 * How many of the bank's numbers a pattern that no index narrows (`%4_4%`, `%(2__)%`) tests to count its matches:
 * about a millisecond of the (bank, mobile) index. Beyond it the count is a lower bound ("at least N").
 */
export const SCAN_COUNT_BUDGET = 10_000;

/** How long a trigram's count of numbers is used to rank trigrams, and how many such counts are kept at most. */
const TRIGRAM_COUNT_TTL_MS = 5 * 60_000;
const TRIGRAM_COUNTS_KEPT = 10_000;
/** A long literal has many trigrams: only the first few by digits (the usual rarest) are counted. */
const TRIGRAMS_RANKED = 8;
const digitsIn = (text: string) => text.replace(/\D/g, '').length;

/** The matches' count for a first page: exact, or at least `value` when counting stopped at a cap. */
export type MatchCount = { value: number; exact: boolean };

/** One page of matches (rowids in rowid order), whether a next one exists, and how many match in all. */
export type PhoneSearchFirstPage = { strategy: PhoneSearchStrategy; ids: number[]; hasMore: boolean; count: MatchCount };

export type PhoneSearchRepository = ReturnType<typeof createPhoneSearchRepository>;

type Query = { count: (bankId: string, ...values: string[]) => number; page: (bankId: string, limit: number, offset: number, ...values: string[]) => number[] };

/** The first page's counting limits; tests make them small. */
export type PhoneSearchLimits = { countCap: number; scanBudget: number };

export function createPhoneSearchRepository(
  database: SandboxDatabase,
  { countCap, scanBudget }: PhoneSearchLimits = { countCap: MATCH_COUNT_CAP, scanBudget: SCAN_COUNT_BUDGET },
) {
  /**
   * Each way is a count and a page (the console needs the total and 20 rows): counting in SQL and reading only the
   * page is cheaper than handing every match to JavaScript. Plans are pinned (INDEXED BY, NOT INDEXED, CROSS JOIN):
   * SQLite re-plans when a GLOB pattern is bound and could otherwise pick a plan that is far slower for another value.
   */
  const query = (from: string, where: string, order: string): Query => {
    const count = database.prepare(`SELECT count(*) FROM ${from} WHERE ${where}`).pluck();
    const page = database.prepare(`SELECT customers.id FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`).pluck();
    return {
      count: (bankId, ...values) => count.get(...values, bankId) as number,
      page: (bankId, limit, offset, ...values) => page.all(...values, bankId, limit, offset) as number[],
    };
  };
  const exact = query(
    'customers INDEXED BY customers_by_bank_and_mobile',
    'mobile_phone_number = ? AND bank_id = ?',
    'customers.id',
  );
  // Prefix ranges and bank scans read the (bank, mobile) index only; SQLite turns a GLOB prefix into a range of it.
  const byMobileIndex = query(
    'customers INDEXED BY customers_by_bank_and_mobile',
    'mobile_phone_number GLOB ? AND bank_id = ?',
    'customers.id',
  );
  // The trigram index is the outer loop and yields rowids in order (no sort for the page); each candidate costs one
  // rowid lookup in customers.
  const byTrigrams = query(
    'customer_mobile_trigrams CROSS JOIN customers NOT INDEXED ON customers.id = customer_mobile_trigrams.rowid',
    'customer_mobile_trigrams MATCH ? AND customers.mobile_phone_number GLOB ? AND customers.bank_id = ?',
    'customer_mobile_trigrams.rowid',
  );
  // Only `%`: every customer of the bank. Counted on an index; paged in rowid order, which stops after the page.
  const wholeBank = {
    count: database.prepare('SELECT count(*) FROM customers INDEXED BY customers_by_bank_and_mobile WHERE bank_id = ?').pluck(),
    page: database.prepare('SELECT id FROM customers NOT INDEXED WHERE bank_id = ? ORDER BY id LIMIT ? OFFSET ?').pluck(),
  };
  const prefixProbe = database
    .prepare<[string, string, number], number>(
      `SELECT count(*) FROM (SELECT 1 FROM customers INDEXED BY customers_by_bank_and_mobile
       WHERE bank_id = ? AND mobile_phone_number GLOB ? LIMIT ?)`,
    )
    .pluck();

  // First pages that stop early. Dense prefixes (`+44%`: 280,000 numbers) and unindexed patterns are read in rowid
  // order from the table and stop at the page's last row instead of sorting every match; the trigram index already
  // yields rowids in order.
  const byRowidScan = database.prepare(
    'SELECT id FROM customers NOT INDEXED WHERE bank_id = ? AND mobile_phone_number GLOB ? ORDER BY id LIMIT ? OFFSET ?',
  );
  const cappedCount = (from: string, where: string) =>
    database.prepare(`SELECT count(*) FROM (SELECT 1 FROM ${from} WHERE ${where} LIMIT ?)`).pluck();
  const capped = {
    exact: cappedCount('customers INDEXED BY customers_by_bank_and_mobile', 'mobile_phone_number = ? AND bank_id = ?'),
    byMobileIndex: cappedCount('customers INDEXED BY customers_by_bank_and_mobile', 'mobile_phone_number GLOB ? AND bank_id = ?'),
    byTrigrams: cappedCount(
      'customer_mobile_trigrams CROSS JOIN customers NOT INDEXED ON customers.id = customer_mobile_trigrams.rowid',
      'customer_mobile_trigrams MATCH ? AND customers.mobile_phone_number GLOB ? AND customers.bank_id = ?',
    ),
    wholeBank: database
      .prepare('SELECT count(*) FROM (SELECT 1 FROM customers INDEXED BY customers_by_bank_and_mobile WHERE bank_id = ? LIMIT ?)')
      .pluck(),
  };
  // Tests at most `budget` of the bank's numbers, read from the (bank, mobile) index alone.
  const budgetedScanCount = database.prepare<[string, string, number], { examined: number; matches: number | null }>(
    `SELECT count(*) AS examined, sum(mobile_phone_number GLOB ?) AS matches
     FROM (SELECT mobile_phone_number FROM customers INDEXED BY customers_by_bank_and_mobile WHERE bank_id = ? LIMIT ?)`,
  );

  // How many numbers hold each trigram, to look up the rarest (chooseRarestTrigrams). Only a ranking: any subset of
  // a pattern's trigrams finds every match, so a count a few minutes old is as good; one count reads one posting list
  // (at most ~7 ms for "+44" at 1,000,000 customers), paid once per trigram per TRIGRAM_COUNT_TTL_MS.
  const trigramDocuments = database.prepare<[string], number>('SELECT count(*) FROM customer_mobile_trigrams WHERE customer_mobile_trigrams MATCH ?').pluck();
  const trigramCounts = new Map<string, { count: number; countedAt: number }>();
  const documentsHolding = (trigram: string): number => {
    const now = Date.now();
    const known = trigramCounts.get(trigram);
    if (known && now - known.countedAt < TRIGRAM_COUNT_TTL_MS) return known.count;
    if (trigramCounts.size >= TRIGRAM_COUNTS_KEPT) trigramCounts.clear();
    const count = trigramDocuments.get(trigramQueryOf([trigram]))!;
    trigramCounts.set(trigram, { count, countedAt: now });
    return count;
  };
  /** The plan with its trigram query made of the rarest of its trigrams (the first {@link TRIGRAMS_RANKED} by digits). */
  const ranked = (plan: PhoneSearchPlan): PhoneSearchPlan => {
    if (plan.trigramQuery === undefined || plan.exactValue !== undefined || plan.trigrams.length <= 1) return plan;
    const considered = [...plan.trigrams].sort((left, right) => digitsIn(right) - digitsIn(left)).slice(0, TRIGRAMS_RANKED);
    return { ...plan, trigramQuery: trigramQueryOf(chooseRarestTrigrams(considered.map((trigram) => [trigram, documentsHolding(trigram)]))) };
  };

  const queryFor = (strategy: Exclude<PhoneSearchStrategy, 'no-match' | 'whole-bank'>, plan: PhoneSearchPlan): [Query, string[]] => {
    switch (strategy) {
      case 'exact':
        return [exact, [plan.exactValue ?? plan.pattern.source]];
      case 'prefix-range':
      case 'bank-scan':
        return [byMobileIndex, [plan.glob]];
      case 'trigram-index':
        if (plan.trigramQuery === undefined) throw new Error(`the pattern ${JSON.stringify(plan.pattern.source)} has no trigram to look up`);
        return [byTrigrams, [plan.trigramQuery, plan.glob]];
    }
  };

  const choose = (bankId: string, plan: PhoneSearchPlan): PhoneSearchStrategy => {
    if (plan.matchesNothing) return 'no-match';
    if (plan.matchesEverything) return 'whole-bank';
    if (plan.exactValue !== undefined) return 'exact';
    if (plan.prefixGlob !== undefined) {
      if (plan.trigramQuery === undefined || !plan.hasRunsBeyondPrefix) return 'prefix-range';
      if (prefixProbe.get(bankId, plan.prefixGlob, PREFIX_RANGE_PROBE_LIMIT)! < PREFIX_RANGE_PROBE_LIMIT) return 'prefix-range';
    }
    return plan.trigramQuery !== undefined ? 'trigram-index' : 'bank-scan';
  };

  const countFirstPage = (bankId: string, strategy: PhoneSearchStrategy, plan: PhoneSearchPlan): MatchCount => {
    const upTo = (count: number): MatchCount => ({ value: Math.min(count, countCap), exact: count <= countCap });
    switch (strategy) {
      case 'no-match':
        return { value: 0, exact: true };
      case 'whole-bank':
        return upTo(capped.wholeBank.get(bankId, countCap + 1) as number);
      case 'exact':
        return upTo(capped.exact.get(plan.exactValue ?? plan.pattern.source, bankId, countCap + 1) as number);
      case 'prefix-range':
        return upTo(capped.byMobileIndex.get(plan.glob, bankId, countCap + 1) as number);
      case 'trigram-index':
        return upTo(capped.byTrigrams.get(plan.trigramQuery, plan.glob, bankId, countCap + 1) as number);
      case 'bank-scan': {
        const { examined, matches } = budgetedScanCount.get(plan.glob, bankId, scanBudget)!;
        return examined < scanBudget ? upTo(matches ?? 0) : { value: Math.min(matches ?? 0, countCap), exact: false };
      }
    }
  };

  const pageIds = (bankId: string, strategy: PhoneSearchStrategy, plan: PhoneSearchPlan, limit: number, offset: number): number[] => {
    switch (strategy) {
      case 'no-match':
        return [];
      case 'whole-bank':
        return wholeBank.page.all(bankId, limit, offset) as number[];
      case 'bank-scan':
        return byRowidScan.pluck().all(bankId, plan.glob, limit, offset) as number[];
      case 'prefix-range':
        // A prefix shared by few numbers: sort its range; by many: read rows in order until the page is full.
        if (prefixProbe.get(bankId, plan.prefixGlob ?? plan.glob, PREFIX_RANGE_PROBE_LIMIT)! >= PREFIX_RANGE_PROBE_LIMIT) {
          return byRowidScan.pluck().all(bankId, plan.glob, limit, offset) as number[];
        }
        return byMobileIndex.page(bankId, limit, offset, plan.glob);
      case 'exact':
      case 'trigram-index': {
        const [{ page }, values] = queryFor(strategy, plan);
        return page(bankId, limit, offset, ...values);
      }
    }
  };

  return {
    /**
     * The console's page of a search: the page's rowids (one more is read to know whether a next page exists, the
     * read stops there) and the count of matches, exact up to `countCap` ({@link MATCH_COUNT_CAP}) — else a lower
     * bound, also when a pattern no index narrows has more numbers to test than `scanBudget` ({@link SCAN_COUNT_BUDGET}).
     */
    findPage(bankId: string, pattern: string, page: PhoneSearchPage, options: { strategy?: PhoneSearchStrategy } = {}): PhoneSearchFirstPage {
      const plan = ranked(planPhoneSearch(pattern));
      const strategy = options.strategy ?? choose(bankId, plan);
      if (strategy === 'trigram-index' && plan.trigramQuery === undefined) {
        throw new Error(`the pattern ${JSON.stringify(pattern)} has no trigram to look up`);
      }
      const rows = pageIds(bankId, strategy, plan, page.limit + 1, page.offset);
      const hasMore = rows.length > page.limit;
      const ids = hasMore ? rows.slice(0, page.limit) : rows;
      const counted = countFirstPage(bankId, strategy, plan);
      // What the page itself proves: a count that stopped early is at least the rows up to this page's end.
      const seen = ids.length === 0 ? 0 : page.offset + ids.length + (hasMore ? 1 : 0);
      const count = counted.exact ? counted : { value: Math.max(counted.value, seen), exact: false };
      return { strategy, ids, hasMore, count };
    },

    /**
     * The customers of `bankId` whose mobile number matches the OBP LIKE `pattern`: how many, and the rowids of
     * `page` (or of every match), in rowid order. `strategy` forces a way (tests and the benchmark compare them); by
     * default the cheapest applicable one is used.
     */
    findMatches(bankId: string, pattern: string, options: { page?: PhoneSearchPage; strategy?: PhoneSearchStrategy } = {}): PhoneSearchMatches {
      const plan = ranked(planPhoneSearch(pattern));
      const strategy = options.strategy ?? choose(bankId, plan);
      // LIMIT -1 is SQLite for "no limit".
      const { limit, offset } = options.page ?? { limit: -1, offset: 0 };
      if (strategy === 'no-match') return { strategy, total: 0, ids: [] };
      if (strategy === 'whole-bank') {
        const total = wholeBank.count.get(bankId) as number;
        return { strategy, total, ids: total > offset ? (wholeBank.page.all(bankId, limit, offset) as number[]) : [] };
      }
      const [{ count, page }, values] = queryFor(strategy, plan);
      const total = count(bankId, ...values);
      return { strategy, total, ids: total > offset ? page(bankId, limit, offset, ...values) : [] };
    },
  };
}
