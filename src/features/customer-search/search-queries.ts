import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { obpRequest, obpRequestWithHeaders, path } from '@/api/client';
import {
  customerListV210,
  customerListV300,
  customerWithAttributesV310,
  type CustomerSummary,
} from '@/api/schemas/customers';
import type { SearchState } from './search-params';

export type SearchResults = {
  customers: CustomerSummary[];
  /** Known when the server says (phone search) or everything came at once; unknown for OBP's open-ended lists. */
  total: number | undefined;
  /** When the sandbox stopped counting (`X-Total-Count-At-Least`): at least this many match. */
  totalAtLeast?: number | undefined;
  hasNext: boolean;
};

const offsetOf = (state: SearchState) => (state.page - 1) * state.pageSize;

/**
 * One page of a list that may or may not have been paged by the server: the sandbox pages and sends the total in
 * `X-Total-Count` (or, past its counting cap, a lower bound in `X-Total-Count-At-Least`); OBP itself ignores `limit`/`offset` on the phone search and returns every match, so then the
 * console pages what came.
 */
export function pageOf(all: CustomerSummary[], totalHeader: string | null, state: SearchState, atLeastHeader: string | null = null): SearchResults {
  const count = (header: string | null) => (header !== null && /^\d+$/.test(header) ? Number(header) : undefined);
  const total = count(totalHeader);
  if (total !== undefined && all.length <= state.pageSize) {
    return { customers: all, total, hasNext: offsetOf(state) + all.length < total };
  }
  // The sandbox stops counting past a cap, so that the first page does not wait for the count.
  const atLeast = count(atLeastHeader);
  if (atLeast !== undefined && all.length <= state.pageSize) {
    return { customers: all, total: undefined, totalAtLeast: atLeast, hasNext: offsetOf(state) + all.length < atLeast };
  }
  const customers = all.slice(offsetOf(state), offsetOf(state) + state.pageSize);
  return { customers, total: all.length, hasNext: offsetOf(state) + state.pageSize < all.length };
}

async function phoneSearch(bankId: string, state: SearchState, signal: AbortSignal): Promise<SearchResults> {
  const response = await obpRequestWithHeaders({
    method: 'POST',
    path: path`/banks/${bankId}/search/customers/mobile-phone-number`,
    body: { mobile_phone_number: state.query },
    query: { limit: state.pageSize, offset: offsetOf(state) },
    schema: customerListV300,
    signal,
  });
  return pageOf(response.data.customers, response.headers.get('X-Total-Count'), state, response.headers.get('X-Total-Count-At-Least'));
}

async function byNumber(bankId: string, number: string, signal: AbortSignal): Promise<SearchResults> {
  const customer = await obpRequest({
    method: 'POST',
    path: path`/banks/${bankId}/customers/customer-number`,
    body: { customer_number: number },
    schema: customerWithAttributesV310,
    signal,
  });
  return { customers: [customer], total: 1, hasNext: false };
}

async function byId(bankId: string, customerId: string, signal: AbortSignal): Promise<SearchResults> {
  const customer = await obpRequest({
    path: path`/banks/${bankId}/customers/${customerId}`,
    schema: customerWithAttributesV310,
    signal,
  });
  return { customers: [customer], total: 1, hasNext: false };
}

async function browse(bankId: string, state: SearchState, signal: AbortSignal): Promise<SearchResults> {
  // OBP's v5 list says no total: ask for one more than a page to know whether there is a next page.
  const response = await obpRequest({
    path: path`/banks/${bankId}/customers`,
    query: { limit: state.pageSize + 1, offset: offsetOf(state), sort_direction: state.sort.toUpperCase() },
    schema: customerListV300,
    signal,
  });
  const customers = response.customers.slice(0, state.pageSize);
  return { customers, total: undefined, hasNext: response.customers.length > state.pageSize };
}

async function mine(bankId: string, state: SearchState, signal: AbortSignal): Promise<SearchResults> {
  const response = await obpRequest({ path: path`/banks/${bankId}/my/customers`, schema: customerListV210, signal });
  return pageOf(response.customers, null, state);
}

export const customerSearchQueries = {
  all: () => ['customer-search'] as const,
  results: (bankId: string, state: SearchState) =>
    queryOptions({
      queryKey: [...customerSearchQueries.all(), bankId, state] as const,
      queryFn: ({ signal }): Promise<SearchResults> => {
        switch (state.mode) {
          case 'phone':
            return phoneSearch(bankId, state, signal);
          case 'number':
            return byNumber(bankId, state.query.trim(), signal);
          case 'id':
            return byId(bankId, state.query.trim(), signal);
          case 'browse':
            return browse(bankId, state, signal);
          case 'mine':
            return mine(bankId, state, signal);
        }
      },
      placeholderData: keepPreviousData,
    }),
};
