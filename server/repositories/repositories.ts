import { createAnswerCache } from './answer-cache';
import type { SandboxDatabase } from '../database/sandbox-database';
import { createBankRepository } from './bank-repository';
import { createConsumerRepository } from './consumer-repository';
import { createCreditLimitRequestRepository } from './credit-limit-request-repository';
import { createCrmEventRepository } from './crm-event-repository';
import { createCustomerAddressRepository } from './customer-address-repository';
import { createCustomerAttributeRepository } from './customer-attribute-repository';
import { createCustomerRepository } from './customer-repository';
import { createCustomerUpdateRepository } from './customer-update-repository';
import { createDirectLoginTokenRepository } from './direct-login-token-repository';
import { createEntitlementRequestRepository } from './entitlement-request-repository';
import { createKycRepository } from './kyc-repository';
import { createLoginAttemptRepository } from './login-attempt-repository';
import { createMeetingRepository } from './meeting-repository';
import { createMetricRepository } from './metric-repository';
import { createPhoneSearchRepository } from './phone-search-repository';
import { createSocialMediaHandleRepository } from './social-media-handle-repository';
import { createTaxResidenceRepository } from './tax-residence-repository';
import { createUserCustomerLinkRepository } from './user-customer-link-repository';
import { createUserRepository } from './user-repository';

/** Every repository over one database; all SQL of the sandbox lives in these modules. */
export function createRepositories(database: SandboxDatabase) {
  const customers = createCustomerRepository(database);
  return {
    banks: createBankRepository(database),
    consumers: createConsumerRepository(database),
    users: createUserRepository(database),
    tokens: createDirectLoginTokenRepository(database),
    loginAttempts: createLoginAttemptRepository(database),
    customers,
    customerAttributes: createCustomerAttributeRepository(database),
    phoneSearch: createPhoneSearchRepository(database),
    userCustomerLinks: createUserCustomerLinkRepository(database, customers),
    meetings: createMeetingRepository(database),
    crmEvents: createCrmEventRepository(database),
    customerUpdates: createCustomerUpdateRepository(database, customers),
    customerAddresses: createCustomerAddressRepository(database),
    taxResidences: createTaxResidenceRepository(database),
    socialMediaHandles: createSocialMediaHandleRepository(database),
    kyc: createKycRepository(database),
    creditLimitRequests: createCreditLimitRequestRepository(database),
    metrics: createMetricRepository(database),
    entitlementRequests: createEntitlementRequestRepository(database),
    answers: createAnswerCache(database),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
