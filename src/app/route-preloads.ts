import type { FetchQueryOptions } from '@tanstack/react-query';
import { bankQueries } from '@/api/resources/banks';
import { currentUserQueries } from '@/api/resources/users';
import { queryClient } from '@/lib/query-client';
import { isSignedIn } from '@/lib/session';

/**
 * What a route's screen will read, started before its chunk has arrived (the declarative router's stand-in for a data
 * router's loaders). Each preload puts the very `queryOptions` the screen reads into the cache, so the screen finds
 * the answer there (or the request already in flight) instead of starting it after its code has loaded and rendered.
 * A failure is left to the screen, which reads the same query and shows its own error state.
 *
 * The shell's preload is here, in the entry chunk: the user's roles are the first request of every signed-in page and
 * must not wait for any chunk. The record's and its tabs' are in `record-preloads.ts`, loaded on demand (`lazyPreload`).
 */
export type RouteParams = Readonly<Record<string, string | undefined>>;
export type RoutePreload = (params: RouteParams) => void;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any query's options: their data types differ
export type AnyQuery = FetchQueryOptions<any, any, any, any>;

export const prefetch = (query: AnyQuery) => {
  if (isSignedIn()) void queryClient.prefetchQuery(query);
};

/**
 * Every signed-in page: who the user is (roles gate every action) and the bank picker. What the server keeps beyond
 * OBP (capabilities) is left to the screens that ask for it: a request the route does not need would only compete
 * with those it does for the browser's six connections.
 */
export const preloadShell: RoutePreload = () => {
  prefetch(currentUserQueries.detail());
  prefetch(bankQueries.list());
};

/**
 * A preload whose code loads on demand: `load` imports the module that names the route's resources, and the preload
 * runs when it has arrived (a chunk of a few kB, loaded beside the route's own chunks and the shell's first request).
 * Nothing is loaded without a session: the route will send the user to sign in.
 */
export function lazyPreload<Module>(load: () => Promise<Module>, pick: (module: Module) => RoutePreload): RoutePreload {
  return (params) => {
    if (!isSignedIn()) return;
    void load()
      .then((module) => pick(module)(params))
      .catch(() => undefined);
  };
}
