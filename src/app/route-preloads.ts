import type { FetchQueryOptions } from '@tanstack/react-query';
import type { OperationId } from '@/api/schemas/operations';
import { addressQueries } from '@/api/resources/addresses';
import { bankQueries } from '@/api/resources/banks';
import { customerQueries } from '@/api/resources/customers';
import { kycQueries } from '@/api/resources/kyc';
import { socialMediaQueries } from '@/api/resources/social-media';
import { taxResidenceQueries } from '@/api/resources/tax-residences';
import { currentUserQueries } from '@/api/resources/users';
import { permissionFor } from '@/lib/permissions';
import { queryClient } from '@/lib/query-client';
import { isSignedIn } from '@/lib/session';

/**
 * What a route's screen will read, started before its chunk has arrived (the declarative router's stand-in for a data
 * router's loaders). Each preload puts the very `queryOptions` the screen reads into the cache, so the screen finds
 * the answer there (or the request already in flight) instead of starting it after its code has loaded and rendered.
 * A failure is left to the screen, which reads the same query and shows its own error state.
 */
export type RouteParams = Readonly<Record<string, string | undefined>>;
export type RoutePreload = (params: RouteParams) => void;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any query's options: their data types differ
type AnyQuery = FetchQueryOptions<any, any, any, any>;

const prefetch = (query: AnyQuery) => {
  if (isSignedIn()) void queryClient.prefetchQuery(query);
};

/**
 * Queries the screen reads only when the user holds a role (the screen leaves them disabled otherwise): started once
 * the user's roles are known, so no request goes out that the screen would not make.
 */
function prefetchIfAllowed(bankId: string, queries: ReadonlyArray<readonly [OperationId, AnyQuery]>): void {
  if (!isSignedIn()) return;
  void queryClient
    .ensureQueryData(currentUserQueries.detail())
    .then((user) => {
      for (const [operation, query] of queries) {
        if (permissionFor(user.entitlements.list, operation, bankId).allowed) void queryClient.prefetchQuery(query);
      }
    })
    .catch(() => undefined);
}

/**
 * Every signed-in page: who the user is (roles gate every action) and the bank picker. What the server keeps beyond
 * OBP (capabilities) is left to the screens that ask for it: a request the route does not need would only compete
 * with those it does for the browser's six connections.
 */
export const preloadShell: RoutePreload = () => {
  prefetch(currentUserQueries.detail());
  prefetch(bankQueries.list());
};

/** The record's header: the customer, shared with every tab. */
export const preloadRecord: RoutePreload = ({ bankId = '', customerId = '' }) => {
  prefetch(customerQueries.detail(bankId, customerId));
};

export const preloadKycTab: RoutePreload = ({ bankId = '', customerId = '' }) =>
  prefetchIfAllowed(bankId, [
    ['getKycStatuses', kycQueries.statuses(customerId)],
    ['getKycChecks', kycQueries.checks(customerId)],
    ['getKycDocuments', kycQueries.documents(customerId)],
    ['getKycMedia', kycQueries.media(customerId)],
  ]);

export const preloadAddressesTab: RoutePreload = ({ bankId = '', customerId = '' }) =>
  prefetchIfAllowed(bankId, [['getCustomerAddresses', addressQueries.list(bankId, customerId)]]);

export const preloadTaxTab: RoutePreload = ({ bankId = '', customerId = '' }) =>
  prefetchIfAllowed(bankId, [['getTaxResidences', taxResidenceQueries.list(bankId, customerId)]]);

export const preloadSocialMediaTab: RoutePreload = ({ bankId = '', customerId = '' }) =>
  prefetchIfAllowed(bankId, [['getSocialMediaHandles', socialMediaQueries.list(bankId, customerId)]]);
