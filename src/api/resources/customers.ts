import {
  experimental_streamedQuery as streamedQuery,
  keepPreviousData,
  queryOptions,
  useMutation,
  useQueryClient,
  type QueryClient,
  type QueryFunction,
} from '@tanstack/react-query';
import { obpRequest, obpRequestWithHeaders, obpRowStream, path, type RowBatch } from '@/api/client';
import { parseRawRow, type RawRow } from '@/api/json-list-rows';
import type { CustomerUpdateDrafts, NewCustomer } from '@/api/drafts/customers';
import type { CUSTOMER_UPDATE_CLASS_NAMES } from '@/api/schemas/customer-updates';
import { tolerantCustomer, tolerantCustomerList, type Customer, type CustomerRow } from '@/api/wire/customers';
import { fieldOf, readRows } from '@/api/wire/tolerant';

/*
 * Customers: the record (`GET …/customers/CUSTOMER_ID`), every way of finding customers (phone search, number, id,
 * the bank's list, "my customers"), create and the identity updates. One key per endpoint: the scheduler's invitee
 * lookup and the search page read the phone search through the same `phoneSearch` key.
 */

export type SearchMode = 'phone' | 'number' | 'id' | 'browse' | 'mine';

/** What a search asks for (the search page keeps it in the URL). */
export type CustomerSearch = {
  mode: SearchMode;
  query: string;
  page: number;
  pageSize: number;
  sort: 'desc' | 'asc';
};

export type Paging = Pick<CustomerSearch, 'page' | 'pageSize'>;

export type SearchResults = {
  /** A row the console cannot read stays in the list as an unreadable row (its id and what was wrong). */
  customers: CustomerRow[];
  /** Known when the server says (phone search) or everything came at once; unknown for OBP's open-ended lists. */
  total: number | undefined;
  /** When the sandbox stopped counting (`X-Total-Count-At-Least`): at least this many match. */
  totalAtLeast?: number | undefined;
  hasNext: boolean;
};

const offsetOf = (paging: Paging) => (paging.page - 1) * paging.pageSize;

/**
 * One page of a list that may or may not have been paged by the server: the sandbox pages and sends the total in
 * `X-Total-Count` (or, past its counting cap, a lower bound in `X-Total-Count-At-Least`); OBP itself ignores
 * `limit`/`offset` on the phone search and returns every match, so then the console pages what came.
 */
export function pageOf(all: CustomerRow[], totalHeader: string | null, paging: Paging, atLeastHeader: string | null = null): SearchResults {
  const count = (header: string | null) => (header !== null && /^\d+$/.test(header) ? Number(header) : undefined);
  const total = count(totalHeader);
  if (total !== undefined && all.length <= paging.pageSize) {
    return { customers: all, total, hasNext: offsetOf(paging) + all.length < total };
  }
  // The sandbox stops counting past a cap, so that the first page does not wait for the count.
  const atLeast = count(atLeastHeader);
  if (atLeast !== undefined && all.length <= paging.pageSize) {
    return { customers: all, total: undefined, totalAtLeast: atLeast, hasNext: offsetOf(paging) + all.length < atLeast };
  }
  const customers = all.slice(offsetOf(paging), offsetOf(paging) + paging.pageSize);
  return { customers, total: all.length, hasNext: offsetOf(paging) + paging.pageSize < all.length };
}

/** One request of the phone search, as the server answers it (a page on the sandbox; every match on OBP). */
const phoneSearchRequest = (bankId: string, pattern: string, paging: Paging, signal: AbortSignal) =>
  obpRequestWithHeaders({
    method: 'POST',
    path: path`/banks/${bankId}/search/customers/mobile-phone-number`,
    body: { mobile_phone_number: pattern },
    query: { limit: paging.pageSize, offset: offsetOf(paging) },
    schema: tolerantCustomerList,
    signal,
  });

async function phoneSearch(bankId: string, pattern: string, paging: Paging, signal: AbortSignal): Promise<SearchResults> {
  const response = await phoneSearchRequest(bankId, pattern, paging, signal);
  return pageOf(response.data, response.headers.get('X-Total-Count'), paging, response.headers.get('X-Total-Count-At-Least'));
}

/**
 * Every match of a phone search from a server that does not page (OBP), kept as it came and growing while the answer
 * arrives (`complete` once it all has): the first page shows as soon as its rows are in, long before the last of
 * 20,000 rows (13 MiB). Each row is read only when a page shows it, and moving to the next page reads the cached
 * answer instead of downloading it again.
 */
export type EveryMatch = { everyMatch: readonly RawRow[]; complete: boolean };

const NO_MATCH_YET: EveryMatch = { everyMatch: [], complete: false };

function everyPhoneMatchStream(bankId: string, pattern: string, signal: AbortSignal): AsyncIterable<RowBatch> {
  return obpRowStream({
    method: 'POST',
    path: path`/banks/${bankId}/search/customers/mobile-phone-number`,
    body: { mobile_phone_number: pattern },
    listField: 'customers',
    signal,
  });
}

const addBatch = (answer: EveryMatch, batch: RowBatch): EveryMatch => ({
  everyMatch: batch.rows.length > 0 ? answer.everyMatch.concat(batch.rows) : answer.everyMatch,
  complete: batch.done,
});

/**
 * Each row of an unpaged answer as read, by the row it came from: the page is read again whenever the answer grows (a
 * few times a second while 20,000 rows arrive) or the screen renders, and its rows are the same.
 */
const rowsRead = new WeakMap<RawRow, CustomerRow>();

/** The customer id written in a row's text, to name a row that is not even JSON. */
const idInText = (json: string) => /"customer_id"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(json)?.[1] ?? '';

function readMatch(row: RawRow): CustomerRow {
  const known = rowsRead.get(row);
  if (known) return known;
  let read: CustomerRow;
  try {
    [read] = readRows(tolerantCustomer, [parseRawRow(row)], fieldOf('customer_id')) as [CustomerRow];
  } catch {
    read = { unreadable: true, id: idInText(row.json), problem: 'not JSON' };
  }
  rowsRead.set(row, read);
  return read;
}

/**
 * One page of every match, its rows read when first shown (one unreadable row stays a row), and read once. While the
 * answer still arrives the total is not known: "at least" the rows so far, and a next page.
 */
export function pageOfEveryMatch(rows: readonly RawRow[], paging: Paging, complete = true): SearchResults {
  const slice = rows.slice(offsetOf(paging), offsetOf(paging) + paging.pageSize);
  const customers = slice.map(readMatch);
  const more = offsetOf(paging) + paging.pageSize < rows.length;
  return complete
    ? { customers, total: rows.length, hasNext: more }
    : { customers, total: undefined, totalAtLeast: rows.length, hasNext: more || customers.length === paging.pageSize };
}

/** What the search queries keep: a page as the server sent it, or every match of a server that does not page. */
export type SearchAnswer = SearchResults | EveryMatch;

const isEveryMatch = (answer: SearchAnswer): answer is EveryMatch => 'everyMatch' in answer;

async function byNumber(bankId: string, number: string, signal: AbortSignal): Promise<SearchResults> {
  const customer = await obpRequest({
    method: 'POST',
    read: true,
    path: path`/banks/${bankId}/customers/customer-number`,
    body: { customer_number: number },
    schema: tolerantCustomer,
    signal,
  });
  return { customers: [customer], total: 1, hasNext: false };
}

async function byId(bankId: string, customerId: string, signal: AbortSignal): Promise<SearchResults> {
  const customer = await obpRequest({
    path: path`/banks/${bankId}/customers/${customerId}`,
    schema: tolerantCustomer,
    signal,
  });
  return { customers: [customer], total: 1, hasNext: false };
}

async function browse(bankId: string, search: CustomerSearch, signal: AbortSignal): Promise<SearchResults> {
  // OBP's v5 list says no total: ask for one more than a page to know whether there is a next page.
  const response = await obpRequest({
    path: path`/banks/${bankId}/customers`,
    query: { limit: search.pageSize + 1, offset: offsetOf(search), sort_direction: search.sort.toUpperCase() },
    schema: tolerantCustomerList,
    signal,
  });
  const customers = response.slice(0, search.pageSize);
  return { customers, total: undefined, hasNext: response.length > search.pageSize };
}

async function mine(bankId: string, paging: Paging, signal: AbortSignal): Promise<SearchResults> {
  const response = await obpRequest({ path: path`/banks/${bankId}/my/customers`, schema: tolerantCustomerList, signal });
  return pageOf(response, null, paging);
}

function runSearch(bankId: string, search: CustomerSearch, signal: AbortSignal): Promise<SearchResults> {
  switch (search.mode) {
    case 'phone':
      return phoneSearch(bankId, search.query, search, signal);
    case 'number':
      return byNumber(bankId, search.query.trim(), signal);
    case 'id':
      return byId(bankId, search.query.trim(), signal);
    case 'browse':
      return browse(bankId, search, signal);
    case 'mine':
      return mine(bankId, search, signal);
  }
}

/** Rows asked for per request when every page of a search is wanted (the sandbox's cap on one page). */
const EVERY_PAGE_SIZE = 500;

/**
 * Every row of a search, in the order its pages show them (for the CSV export): page after page while the server
 * says there is more. A server that returns every phone-search match at once (OBP) is asked once.
 */
export async function everySearchResult(
  bankId: string,
  search: CustomerSearch,
  signal: AbortSignal,
  onProgress: (rows: number) => void = () => {},
): Promise<CustomerRow[]> {
  const rows: CustomerRow[] = [];
  for (let page = 1; ; page += 1) {
    const paging = { page, pageSize: EVERY_PAGE_SIZE };
    if (search.mode === 'phone') {
      const response = await phoneSearchRequest(bankId, search.query, paging, signal);
      const paged = response.headers.has('X-Total-Count') || response.headers.has('X-Total-Count-At-Least');
      rows.push(...response.data);
      onProgress(rows.length);
      if (!paged || response.data.length < EVERY_PAGE_SIZE) return rows;
      continue;
    }
    const result = await runSearch(bankId, { ...search, ...paging }, signal);
    rows.push(...result.customers);
    onProgress(rows.length);
    if (!result.hasNext) return rows;
  }
}

export const customerQueries = {
  all: () => ['customers'] as const,
  bank: (bankId: string) => [...customerQueries.all(), bankId] as const,
  /** The customer record itself: shared by the record's header and every tab that needs the customer. */
  detail: (bankId: string, customerId: string) =>
    queryOptions({
      queryKey: [...customerQueries.bank(bankId), 'detail', customerId] as const,
      queryFn: ({ signal }) =>
        obpRequest({ path: path`/banks/${bankId}/customers/${customerId}`, schema: tolerantCustomer, signal }),
    }),
  /** The root of every search, lookup and list: any of them may show a customer that just changed. */
  searches: () => ['customer-search'] as const,
  /** `POST …/search/customers/mobile-phone-number`: OBP's LIKE search (`%`, `_`). */
  phoneSearch: (bankId: string, pattern: string, paging: Paging) =>
    queryOptions({
      queryKey: [...customerQueries.searches(), bankId, 'phone', pattern, paging.page, paging.pageSize] as const,
      queryFn: ({ signal }) => phoneSearch(bankId, pattern, paging, signal),
      placeholderData: keepPreviousData,
    }),
  /**
   * `POST …/search/customers/mobile-phone-number` on a server that does not page (OBP): one request for every match,
   * whichever page is shown (no `limit`/`offset`: OBP ignores them).
   */
  everyPhoneMatch: (bankId: string, pattern: string) =>
    queryOptions({
      queryKey: [...customerQueries.searches(), bankId, 'phone', pattern, 'every-match'] as const,
      queryFn: streamedQuery<RowBatch, EveryMatch>({
        streamFn: ({ signal }) => everyPhoneMatchStream(bankId, pattern, signal),
        reducer: addBatch,
        initialValue: NO_MATCH_YET,
        // A refetch (after an edit) keeps what is shown until the new answer is complete.
        refetchMode: 'replace',
      }),
      // Comparing 20,000 rows with the last answer at every batch would cost more than the rows themselves.
      structuralSharing: false,
    }),
  /**
   * A search as the search page asks for it. The phone search is the `phoneSearch` key itself where the server pages
   * (`serverPages`, the sandbox's `paged-phone-search`), else `everyPhoneMatch`, paged here.
   */
  search: (bankId: string, search: CustomerSearch, { serverPages = true }: { serverPages?: boolean } = {}) => {
    const select = (answer: SearchAnswer): SearchResults =>
      isEveryMatch(answer) ? pageOfEveryMatch(answer.everyMatch, search, answer.complete) : answer;
    if (search.mode === 'phone' && !serverPages) {
      const every = customerQueries.everyPhoneMatch(bankId, search.query);
      return queryOptions<SearchAnswer, Error, SearchResults, readonly unknown[]>({
        queryKey: every.queryKey,
        queryFn: every.queryFn as QueryFunction<SearchAnswer, readonly unknown[]>,
        structuralSharing: false,
        select,
        placeholderData: keepPreviousData,
      });
    }
    const phone = search.mode === 'phone' ? customerQueries.phoneSearch(bankId, search.query, search) : undefined;
    return queryOptions<SearchAnswer, Error, SearchResults, readonly unknown[]>({
      queryKey: phone ? phone.queryKey : [...customerQueries.searches(), bankId, search.mode, search],
      queryFn: ({ signal }): Promise<SearchAnswer> => runSearch(bankId, search, signal),
      select,
      placeholderData: keepPreviousData,
    });
  },
};

/** Every search result, lookup or "my customers" list: any of them may show a customer that just changed. */
export function invalidateCustomerSearches(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: customerQueries.searches() });
}

/** After a write to one customer: its record (header and tabs) and every search that may list it, both awaited. */
export async function invalidateCustomer(queryClient: QueryClient, bankId: string, customerId: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: customerQueries.detail(bankId, customerId).queryKey }),
    invalidateCustomerSearches(queryClient),
  ]);
}

/**
 * The customer body writers, loaded when a save is made: the search page holds this module, and the writers (with
 * OBP's request schemas they check against) are needed only after a click on another route (issue 12's budget).
 */
const customerBodies = () => import('@/api/bodies/customers');

/**
 * `POST /banks/BANK_ID/customers` (201 `CustomerJsonV310`) from the form's draft; lists that may now include the
 * customer are refreshed.
 */
export function useCreateCustomer(bankId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (customer: NewCustomer): Promise<Customer | undefined> => {
      const body = (await customerBodies()).toCreateCustomerBody(customer);
      const created = await obpRequest({ method: 'POST', path: path`/banks/${bankId}/customers`, body, schema: tolerantCustomer });
      if (created || !body.customer_number) return created;
      // Saved, but the answer could not be read: the record is read again by the number it was given.
      return obpRequest({
        method: 'POST',
        read: true,
        path: path`/banks/${bankId}/customers/customer-number`,
        body: { customer_number: body.customer_number },
        schema: tolerantCustomer,
      }).catch(() => undefined);
    },
    onSuccess: () => invalidateCustomerSearches(queryClient),
  });
}

export type CustomerUpdateSuffix = keyof typeof CUSTOMER_UPDATE_CLASS_NAMES & keyof CustomerUpdateDrafts;

/**
 * `PUT …/customers/CUSTOMER_ID/<suffix>` with the draft of that update (`CustomerUpdateDrafts`), written as OBP's body
 * here; resolves only after the record and every search that may list the customer have been refreshed, so the read
 * view shows what OBP now holds.
 */
export function useCustomerUpdate<Suffix extends CustomerUpdateSuffix>(bankId: string, customerId: string, suffix: Suffix) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (draft: CustomerUpdateDrafts[Suffix]) => {
      const toBody = (await customerBodies()).CUSTOMER_UPDATE_BODIES[suffix] as (draft: CustomerUpdateDrafts[Suffix]) => unknown;
      return obpRequest({
        method: 'PUT',
        path: `${path`/banks/${bankId}/customers/${customerId}`}/${suffix}`,
        body: toBody(draft),
        schema: tolerantCustomer,
      });
    },
    onSuccess: () => invalidateCustomer(queryClient, bankId, customerId),
  });
}
