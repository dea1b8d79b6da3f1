/**
 * OBP's roles (entitlements) that the customer surface uses, and whether each is granted per bank
 * (`requiresBankId = true`) or at any bank (granted with bank_id ""). Names exactly as `ApiRole.scala` (contract §1.2, §E).
 */
export const ROLES = {
  CanCreateCustomer: 'bank',
  CanCreateCustomerAtAnyBank: 'any',
  CanGetCustomer: 'bank',
  CanGetCustomers: 'bank',
  CanGetCustomersMinimal: 'bank',
  CanGetCustomersAtAnyBank: 'any',
  CanUpdateCustomerEmail: 'bank',
  CanUpdateCustomerNumber: 'bank',
  CanUpdateCustomerMobilePhoneNumber: 'bank',
  CanUpdateCustomerIdentity: 'bank',
  CanUpdateCustomerBranch: 'bank',
  CanUpdateCustomerData: 'bank',
  CanUpdateCustomerCreditLimit: 'bank',
  CanUpdateCustomerCreditRatingAndSource: 'bank',
  CanUpdateCustomerCreditRatingAndSourceAtAnyBank: 'any',
  CanCreateUserCustomerLink: 'bank',
  CanCreateUserCustomerLinkAtAnyBank: 'any',
  CanGetUserCustomerLink: 'bank',
  CanDeleteUserCustomerLink: 'bank',
  CanAddSocialMediaHandle: 'bank',
  CanGetSocialMediaHandles: 'bank',
  CanCreateCustomerAddress: 'bank',
  CanDeleteCustomerAddress: 'bank',
  CanGetCustomerAddress: 'bank',
  CanGetTaxResidence: 'bank',
  CanCreateTaxResidence: 'bank',
  CanDeleteTaxResidence: 'bank',
  CanUseCustomerFirehoseAtAnyBank: 'any',
  CanAddKycCheck: 'bank',
  CanAddKycDocument: 'bank',
  CanAddKycMedia: 'bank',
  CanAddKycStatus: 'bank',
  CanGetAnyKycChecks: 'any',
  CanGetAnyKycDocuments: 'any',
  CanGetAnyKycMedia: 'any',
  CanGetAnyKycStatuses: 'any',
  CanCreateCustomerAttributeAtOneBank: 'bank',
  CanCreateCustomerAttributeAtAnyBank: 'any',
  CanUpdateCustomerAttributeAtOneBank: 'bank',
  CanUpdateCustomerAttributeAtAnyBank: 'any',
  CanGetCustomerAttributesAtOneBank: 'bank',
  CanGetCustomerAttributesAtAnyBank: 'any',
  CanGetCustomerAttributeAtOneBank: 'bank',
  CanGetCustomerAttributeAtAnyBank: 'any',
  CanDeleteCustomerAttributeAtOneBank: 'bank',
  CanDeleteCustomerAttributeAtAnyBank: 'any',
  CanGetEntitlementsForAnyUserAtAnyBank: 'any',
} as const satisfies Record<string, 'bank' | 'any'>;

export type RoleName = keyof typeof ROLES;
export const ROLE_NAMES = Object.keys(ROLES) as RoleName[];

export const isAnyBankRole = (role: RoleName): boolean => ROLES[role] === 'any';
