import type { QueryClient } from '@tanstack/react-query';
import { customerQueries } from './customers';

/**
 * The root key of every customer search, lookup and list (the customer-search feature's factory starts its keys with
 * it). It lives here so a feature that changes a customer can refresh those results without importing that feature;
 * `customer-invalidation.test.ts` keeps the two in step.
 */
export const CUSTOMER_SEARCH_ROOT = ['customer-search'] as const;

/** Every search result, lookup or "my customers" list: any of them may show a customer that just changed. */
export function invalidateCustomerSearches(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: CUSTOMER_SEARCH_ROOT });
}

/** After a write to one customer: its record (header and tabs) and every search that may list it, both awaited. */
export async function invalidateCustomer(queryClient: QueryClient, bankId: string, customerId: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: customerQueries.detail(bankId, customerId).queryKey }),
    invalidateCustomerSearches(queryClient),
  ]);
}
