import { queryOptions, useQuery } from '@tanstack/react-query';
import { obpRequest } from '@/api/client';
import { tolerantCurrentUser } from '@/api/wire/users';

/** `GET /users/current`: who is signed in and which roles (entitlements) they hold. */
export const currentUserQueries = {
  all: () => ['current-user'] as const,
  detail: () =>
    queryOptions({
      queryKey: [...currentUserQueries.all(), 'detail'] as const,
      queryFn: ({ signal }) => obpRequest({ path: '/users/current', schema: tolerantCurrentUser, signal }),
      staleTime: 5 * 60_000,
    }),
};

export const useCurrentUser = () => useQuery(currentUserQueries.detail());
