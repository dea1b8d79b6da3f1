import type { SandboxDatabase } from '../database/sandbox-database';
import { planPhoneSearch, type PhoneSearchPlan } from '../search/phone-search-plan';

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

export type PhoneSearchRepository = ReturnType<typeof createPhoneSearchRepository>;

type Query = { count: (bankId: string, ...values: string[]) => number; page: (bankId: string, limit: number, offset: number, ...values: string[]) => number[] };

export function createPhoneSearchRepository(database: SandboxDatabase) {
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

  return {
    /**
     * The customers of `bankId` whose mobile number matches the OBP LIKE `pattern`: how many, and the rowids of
     * `page` (or of every match), in rowid order. `strategy` forces a way (tests and the benchmark compare them); by
     * default the cheapest applicable one is used.
     */
    findMatches(bankId: string, pattern: string, options: { page?: PhoneSearchPage; strategy?: PhoneSearchStrategy } = {}): PhoneSearchMatches {
      const plan = planPhoneSearch(pattern);
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
