import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { customerSearchQueries } from '@/features/customer-search/search-queries';
import { CUSTOMER_SEARCH_ROOT, invalidateCustomer } from './customer-invalidation';
import { customerQueries } from './customers';

describe('invalidating a customer', () => {
  it('uses the same root as the search feature’s key factory', () => {
    expect(customerSearchQueries.all()).toEqual([...CUSTOMER_SEARCH_ROOT]);
  });

  it('marks the record and every search stale, and leaves other customers alone', async () => {
    const client = new QueryClient();
    const record = customerQueries.detail('bank', 'c1').queryKey;
    const other = customerQueries.detail('bank', 'c2').queryKey;
    const search = customerSearchQueries.results('bank', { mode: 'mine', query: '', page: 1, pageSize: 20, sort: 'desc' }).queryKey;
    for (const key of [[...record], [...other], [...search]]) client.setQueryData(key, {});
    await invalidateCustomer(client, 'bank', 'c1');
    expect(client.getQueryState(record)?.isInvalidated).toBe(true);
    expect(client.getQueryState(search)?.isInvalidated).toBe(true);
    expect(client.getQueryState(other)?.isInvalidated).toBe(false);
  });
});
