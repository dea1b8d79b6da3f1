import type { SandboxDatabase } from '../database/sandbox-database';
import { accessCacheOf, type CachedLookup } from './access-cache';

/**
 * Answers of the busiest reads, kept serialised and encoded, so that a repeated read skips its statements, its JSON and
 * its UTF-8 encoding (a search page is ~15 kB; a Buffer is written to the socket as it is): GET
 * customer's body per (bank, customer) and a phone search's page per (bank, pattern, limit, offset). Authorization is
 * not cached here: the routes run their guards (token, bank, roles — the access cache's answers) on every request and
 * only then take the answer from this cache.
 *
 * Never staler than the database, by the access cache's means (access-cache.ts): any write to a table an answer is
 * read from, on this connection, empties that lookup at once (TEMP triggers: `customers` and `customer_attributes`
 * for a customer; `customers` for a search page, whose trigram index follows `customers` by its own triggers); a write
 * by another connection changes `data_version`, checked once per request, which empties every lookup; an entry lives at
 * most 5 s and each lookup holds a bounded number of entries.
 *
 * The lookups (and their triggers) are made at the first read, not with the repositories: a seed or bulk load before
 * the server's first request does not pay a trigger call per row.
 */
export const CUSTOMER_ANSWERS_KEPT = 10_000;
/** A page of 20 customers is ~15 kB of JSON: at most ~15 MB of pages. */
export const SEARCH_PAGES_KEPT = 1_000;

/**
 * A phone search page as sent: its body (UTF-8, as written to the socket), or the rowids of a page too long to build in
 * one go; its count header.
 */
export type CachedSearchPage = { body?: Buffer; ids: readonly number[]; countHeader: string; countValue: string };

export type AnswerCache = ReturnType<typeof createAnswerCache>;

export function createAnswerCache(database: SandboxDatabase) {
  let customers: CachedLookup<Buffer> | undefined;
  let searchPages: CachedLookup<CachedSearchPage> | undefined;
  return {
    /** GET customer's JSON body (UTF-8, as written to the socket), keyed by bank and customer id. */
    customer(bankId: string, customerId: string, load: () => Buffer): Buffer {
      customers ??= accessCacheOf(database).lookup<Buffer>({ tables: ['customers', 'customer_attributes'], maxEntries: CUSTOMER_ANSWERS_KEPT });
      return customers.get(`${bankId}\0${customerId}`, load)!;
    },
    /** A phone search page, keyed by bank, page and pattern (last: it may contain any character). */
    searchPage(bankId: string, limit: number, offset: number, pattern: string, load: () => CachedSearchPage): CachedSearchPage {
      searchPages ??= accessCacheOf(database).lookup<CachedSearchPage>({ tables: ['customers'], maxEntries: SEARCH_PAGES_KEPT });
      return searchPages.get(`${bankId}\0${limit}\0${offset}\0${pattern}`, load)!;
    },
  };
}
