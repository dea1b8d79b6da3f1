import type { ObpRoute } from '../http/obp-routes';
import { creditLimitRequestRoutes } from './credit-limit-request-routes';
import { customerAddressRoutes } from './customer-address-routes';
import { customerAttributeRoutes } from './customer-attribute-routes';
import { customerUpdateRoutes } from './customer-update-routes';
import { firehoseRoutes } from './firehose-routes';
import { kycRoutes } from './kyc-routes';
import type { RouteContext } from './route-context';
import { socialMediaRoutes } from './social-media-routes';
import { taxResidenceRoutes } from './tax-residence-routes';
import { userCustomerLinkRoutes } from './user-customer-link-routes';

/**
 * The customer record beyond its core (issue 3): field updates, addresses, tax residences, social media handles, KYC,
 * attributes, user–customer links, the customer firehose and credit-limit requests.
 */
export function customerRecordRoutes(context: RouteContext): ObpRoute[] {
  return [
    ...customerUpdateRoutes(context),
    ...customerAddressRoutes(context),
    ...taxResidenceRoutes(context),
    ...socialMediaRoutes(context),
    ...kycRoutes(context),
    ...customerAttributeRoutes(context),
    ...userCustomerLinkRoutes(context),
    ...firehoseRoutes(context),
    // Removed from OBP in 2023: like OBP (404 OBP-10404) unless the extension is on.
    ...(context.config.extensions.has('credit-limit-requests') ? creditLimitRequestRoutes(context) : []),
  ];
}
