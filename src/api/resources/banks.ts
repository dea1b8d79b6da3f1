import { queryOptions } from '@tanstack/react-query';
import { obpRequest, path } from '@/api/client';
import { tolerantBank, tolerantBankList } from '@/api/wire/banks';

/** `GET /banks` and `GET /banks/BANK_ID`: the bank picker and every bank-scoped screen. */
export const bankQueries = {
  all: () => ['banks'] as const,
  list: () =>
    queryOptions({
      queryKey: [...bankQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => obpRequest({ path: '/banks', schema: tolerantBankList, signal }),
      staleTime: 10 * 60_000,
    }),
  detail: (bankId: string) =>
    queryOptions({
      queryKey: [...bankQueries.all(), 'detail', bankId] as const,
      queryFn: ({ signal }) => obpRequest({ path: path`/banks/${bankId}`, schema: tolerantBank, signal }),
      staleTime: 10 * 60_000,
    }),
};
