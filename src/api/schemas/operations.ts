import type { RoleName } from './roles';

/**
 * The one table of what each OBP operation needs: the roles of which the user must hold at least one (empty = login
 * only). The console disables an action before any call when none is held; the sandbox enforces the same table.
 * Roles are those the OBP code enforces (contract §1, §D, §E), not the Explorer's text. Where OBP enforces none on a
 * write (credit-limit requests) the sandbox is stricter and the row says which role it asks for.
 */
export const OPERATIONS = {
  getCurrentUser: [],
  getBanks: [],
  getBank: [],
  createCustomer: ['CanCreateCustomer', 'CanCreateCustomerAtAnyBank'],
  // Sandbox, stricter than OBP (issue 8 §7): creating a customer with kyc_status true also needs the KYC role.
  createCustomerAsKycVerified: ['CanAddKycStatus'],
  getCustomerById: ['CanGetCustomer'],
  getCustomerByNumber: ['CanGetCustomer'],
  getCustomersAtBank: ['CanGetCustomers'],
  getMyCustomersAtBank: [],
  getCustomersForCurrentUser: [],
  getCustomerIdsForCurrentUser: [],
  // Stricter than OBP (which asks only for a login): the search returns whole customer records.
  searchCustomersByPhone: ['CanGetCustomer', 'CanGetCustomers', 'CanGetCustomersAtAnyBank'],
  updateCustomerEmail: ['CanUpdateCustomerEmail'],
  updateCustomerNumber: ['CanUpdateCustomerNumber'],
  updateCustomerMobileNumber: ['CanUpdateCustomerMobilePhoneNumber'],
  updateCustomerIdentity: ['CanUpdateCustomerIdentity'],
  updateCustomerBranch: ['CanUpdateCustomerBranch'],
  updateCustomerData: ['CanUpdateCustomerData'],
  updateCustomerCreditLimit: ['CanUpdateCustomerCreditLimit'],
  updateCustomerCreditRatingAndSource: [
    'CanUpdateCustomerCreditRatingAndSource',
    'CanUpdateCustomerCreditRatingAndSourceAtAnyBank',
  ],
  createCustomerAddress: ['CanCreateCustomerAddress'],
  getCustomerAddresses: ['CanGetCustomerAddress'],
  // OBP's code checks CanCreateCustomer here (its doc lists none) — contract §2.14.
  updateCustomerAddress: ['CanCreateCustomer'],
  deleteCustomerAddress: ['CanDeleteCustomerAddress'],
  createTaxResidence: ['CanCreateTaxResidence'],
  getTaxResidences: ['CanGetTaxResidence'],
  deleteTaxResidence: ['CanDeleteTaxResidence'],
  addSocialMediaHandle: ['CanAddSocialMediaHandle'],
  getSocialMediaHandles: ['CanGetSocialMediaHandles'],
  getKycDocuments: ['CanGetAnyKycDocuments'],
  getKycMedia: ['CanGetAnyKycMedia'],
  getKycChecks: ['CanGetAnyKycChecks'],
  getKycStatuses: ['CanGetAnyKycStatuses'],
  addKycDocument: ['CanAddKycDocument'],
  addKycMedia: ['CanAddKycMedia'],
  addKycCheck: ['CanAddKycCheck'],
  addKycStatus: ['CanAddKycStatus'],
  // Not OBP: the sandbox's every version of KYC checks, documents and media (extension kyc-item-versions), read with
  // the same any-bank role as the item itself.
  getKycCheckVersions: ['CanGetAnyKycChecks'],
  getKycDocumentVersions: ['CanGetAnyKycDocuments'],
  getKycMediaVersions: ['CanGetAnyKycMedia'],
  createCustomerAttribute: ['CanCreateCustomerAttributeAtOneBank', 'CanCreateCustomerAttributeAtAnyBank'],
  updateCustomerAttribute: ['CanUpdateCustomerAttributeAtOneBank', 'CanUpdateCustomerAttributeAtAnyBank'],
  getCustomerAttributes: ['CanGetCustomerAttributesAtOneBank', 'CanGetCustomerAttributesAtAnyBank'],
  getCustomerAttributeById: ['CanGetCustomerAttributeAtOneBank', 'CanGetCustomerAttributeAtAnyBank'],
  deleteCustomerAttribute: ['CanDeleteCustomerAttributeAtOneBank', 'CanDeleteCustomerAttributeAtAnyBank'],
  // In the order of OBP's v4.0.0 ResourceDoc, which its 403 message follows (contract §2.7).
  createUserCustomerLink: ['CanCreateUserCustomerLinkAtAnyBank', 'CanCreateUserCustomerLink'],
  getUserCustomerLinksByCustomer: ['CanGetUserCustomerLink'],
  getUserCustomerLinksByUser: ['CanGetUserCustomerLink'],
  deleteUserCustomerLink: ['CanDeleteUserCustomerLink'],
  getFirehoseCustomers: ['CanUseCustomerFirehoseAtAnyBank'],
  // Removed from OBP in 2023 (contract §2.5); OBP let anyone call them. The sandbox asks for these roles.
  createCreditLimitRequest: ['CanUpdateCustomerCreditLimit'],
  getCreditLimitRequests: ['CanGetCustomer'],
  getCreditLimitRequestById: ['CanGetCustomer'],
  createMeeting: [],
  getMeetings: [],
  getMeeting: [],
  getCrmEvents: [],
  // OBP's API metrics (the audit trail of every call), v5.1.0 management endpoints.
  getMetrics: ['CanReadMetrics'],
  getAggregateMetrics: ['CanReadAggregateMetrics'],
  // OBP v3.0.0 entitlement requests (served to v5.1.0): any logged-in user asks for a role; admins list and delete.
  addEntitlementRequest: [],
  getEntitlementRequestsForCurrentUser: [],
  getAllEntitlementRequests: ['CanGetEntitlementRequestsAtAnyBank'],
  deleteEntitlementRequest: ['CanDeleteEntitlementRequestsAtAnyBank'],
  // Not OBP: the sandbox's declaration of its extensions (issue 8 §4); OBP answers 404 OBP-10404.
  getSandboxCapabilities: [],
} as const satisfies Record<string, readonly RoleName[]>;

export type OperationId = keyof typeof OPERATIONS;
