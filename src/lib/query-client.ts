import { QueryClient } from '@tanstack/react-query';
import { isObpError } from '@/api/errors';

/** Client errors are answers, not glitches: retry only failures that never reached the server, once. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isObpError(error) && !error.isNetworkFailure && error.status < 500) return false;
  return failureCount < 1;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});
