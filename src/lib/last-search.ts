import { useSyncExternalStore } from 'react';

/*
 * The last search of each bank, for "Back to results" and the "Customers" link. Kept in this tab's memory only:
 * a search holds phone patterns and customer numbers, which are personal data and must not reach any storage.
 */

const lastSearches = new Map<string, string>();
const listeners = new Set<() => void>();

/** Remembers the search's URL query (`by=number&q=…`) as the bank's last search. */
export function rememberSearch(bankId: string, query: string): void {
  if (lastSearches.get(bankId) === query) return;
  lastSearches.set(bankId, query);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The bank's last search as a URL query (without "?"), or undefined when there was none in this tab. */
export function useLastSearch(bankId: string | undefined): string | undefined {
  return useSyncExternalStore(
    subscribe,
    () => (bankId ? lastSearches.get(bankId) : undefined),
    () => undefined,
  );
}

/** Forgets every search (sign-out). */
export function forgetSearches(): void {
  lastSearches.clear();
  for (const listener of listeners) listener();
}
