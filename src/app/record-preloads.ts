import type { OperationId } from '@/api/schemas/operations';
import { addressQueries } from '@/api/resources/addresses';
import { customerQueries } from '@/api/resources/customers';
import { kycQueries } from '@/api/resources/kyc';
import { socialMediaQueries } from '@/api/resources/social-media';
import { taxResidenceQueries } from '@/api/resources/tax-residences';
import { currentUserQueries } from '@/api/resources/users';
import { permissionFor } from '@/lib/permissions';
import { queryClient } from '@/lib/query-client';
import { isSignedIn } from '@/lib/session';
import { prefetch, type AnyQuery, type RoutePreload } from './route-preloads';

/*
 * The preloads of the customer record and its tabs, in a chunk of their own: they name the record's resources (and
 * their wire readers) and the roles table, which the entry chunk — shared by sign-in and search — should not carry.
 * The router loads this chunk when a record URL is first matched, beside the route's chunks; the requests it starts
 * still go out before those chunks have arrived (`route-preloads.ts` says why).
 */

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
        if (permissionFor(user.entitlements, operation, bankId).allowed) void queryClient.prefetchQuery(query);
      }
    })
    .catch(() => undefined);
}

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
