import { queryOptions, useQuery } from '@tanstack/react-query';
import { obpRequest, path } from '@/api/client';
import { bankDetail, bankList } from '@/api/schemas/banks';
import { currentUser } from '@/api/schemas/users';

export const currentUserQueries = {
  all: () => ['current-user'] as const,
  detail: () =>
    queryOptions({
      queryKey: [...currentUserQueries.all(), 'detail'] as const,
      queryFn: ({ signal }) => obpRequest({ path: '/users/current', schema: currentUser, signal }),
      staleTime: 5 * 60_000,
    }),
};

export const bankQueries = {
  all: () => ['banks'] as const,
  list: () =>
    queryOptions({
      queryKey: [...bankQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => obpRequest({ path: '/banks', schema: bankList, signal }),
      staleTime: 10 * 60_000,
    }),
  detail: (bankId: string) =>
    queryOptions({
      queryKey: [...bankQueries.all(), 'detail', bankId] as const,
      queryFn: ({ signal }) => obpRequest({ path: path`/banks/${bankId}`, schema: bankDetail, signal }),
      staleTime: 10 * 60_000,
    }),
};

export const useCurrentUser = () => useQuery(currentUserQueries.detail());
