import type { CustomerAddress } from '@/api/schemas/addresses';
import type { StoredCreditLimitRequest } from '@/api/schemas/credit-limit-requests';
import type { KycCheck, KycDocument, KycMedia, KycStatus } from '@/api/schemas/kyc';
import type { SocialMediaHandle } from '@/api/schemas/social-media';
import type { TaxResidence } from '@/api/schemas/tax-residences';
import type { UserCustomerLink } from '@/api/schemas/user-customer-links';
import type { CreditLimitRequestRecord } from '../repositories/credit-limit-request-repository';
import type { CustomerAddressRecord } from '../repositories/customer-address-repository';
import type { KycCheckRecord, KycDocumentRecord, KycMediaRecord, KycStatusRecord } from '../repositories/kyc-repository';
import type { SocialMediaHandleRecord } from '../repositories/social-media-handle-repository';
import type { TaxResidenceRecord } from '../repositories/tax-residence-repository';
import type { UserCustomerLinkRecord } from '../repositories/user-customer-link-repository';

/** The JSON shapes of OBP's factories for the customer record's sub-resources (contract §2, §D, §2.5, §2.7). */

/** `CustomerAddressJsonV310`. */
export const customerAddressJson = (address: CustomerAddressRecord): CustomerAddress => ({
  customer_address_id: address.customerAddressId,
  customer_id: address.customerId,
  line_1: address.line1,
  line_2: address.line2,
  line_3: address.line3,
  city: address.city,
  county: address.county,
  state: address.state,
  postcode: address.postcode,
  country_code: address.countryCode,
  tags: address.tags,
  status: address.status,
  insert_date: address.insertDate,
});

/** `TaxResidenceV310`. */
export const taxResidenceJson = (residence: TaxResidenceRecord): TaxResidence => ({
  domain: residence.domain,
  tax_number: residence.taxNumber,
  tax_residence_id: residence.taxResidenceId,
});

/** `SocialMediaJSON`. */
export const socialMediaHandleJson = (handle: SocialMediaHandleRecord): SocialMediaHandle => ({
  customer_number: handle.customerNumber,
  type: handle.type,
  handle: handle.handle,
  date_added: handle.dateAdded,
  date_activated: handle.dateActivated,
});

/** `KycDocumentJSON`. */
export const kycDocumentJson = (document: KycDocumentRecord): KycDocument => ({
  bank_id: document.bankId,
  customer_id: document.customerId,
  id: document.kycDocumentId,
  customer_number: document.customerNumber,
  type: document.type,
  number: document.number,
  issue_date: document.issueDate,
  issue_place: document.issuePlace,
  expiry_date: document.expiryDate,
});

/** `KycMediaJSON`. */
export const kycMediaJson = (media: KycMediaRecord): KycMedia => ({
  bank_id: media.bankId,
  customer_id: media.customerId,
  id: media.kycMediaId,
  customer_number: media.customerNumber,
  type: media.type,
  url: media.url,
  date: media.date,
  relates_to_kyc_document_id: media.relatesToKycDocumentId,
  relates_to_kyc_check_id: media.relatesToKycCheckId,
});

/** `KycCheckJSON`. */
export const kycCheckJson = (check: KycCheckRecord): KycCheck => ({
  bank_id: check.bankId,
  customer_id: check.customerId,
  id: check.kycCheckId,
  customer_number: check.customerNumber,
  date: check.date,
  how: check.how,
  staff_user_id: check.staffUserId,
  staff_name: check.staffName,
  satisfied: check.satisfied,
  comments: check.comments,
});

/** `KycStatusJSON` (no bank_id). */
export const kycStatusJson = (status: KycStatusRecord): KycStatus => ({
  customer_id: status.customerId,
  customer_number: status.customerNumber,
  ok: status.ok,
  date: status.date,
});

/** `UserCustomerLinkJson`. */
export const userCustomerLinkJson = (link: UserCustomerLinkRecord): UserCustomerLink => ({
  user_customer_link_id: link.userCustomerLinkId,
  customer_id: link.customerId,
  user_id: link.userId,
  date_inserted: link.dateInserted,
  is_active: link.isActive,
});

/** A stored credit-limit request: OBP's `CreditLimitOrderJson` extended with the request (see the schema). */
export const creditLimitRequestJson = (request: CreditLimitRequestRecord): StoredCreditLimitRequest => ({
  credit_limit_request_id: request.creditLimitRequestId,
  requested_current_rate_amount1: request.requestedCurrentRateAmount1,
  requested_current_rate_amount2: request.requestedCurrentRateAmount2,
  requested_current_valid_end_date: request.requestedCurrentValidEndDate,
  current_credit_documentation: request.currentCreditDocumentation,
  temporary_requested_current_amount: request.temporaryRequestedCurrentAmount,
  requested_temporary_valid_end_date: request.requestedTemporaryValidEndDate,
  temporary_credit_documentation: request.temporaryCreditDocumentation,
  rank_amount_1: request.rankAmount1,
  nominal_interest_1: request.nominalInterest1,
  rank_amount_2: request.rankAmount2,
  nominal_interest_2: request.nominalInterest2,
  short_reference: request.shortReference,
  status: request.status,
  created: request.createdAt,
});

/** `CreditLimitOrderResponseJson`, the answer to a new request: when it was recorded, its id and short reference. */
export const creditLimitOrderResponseJson = (request: CreditLimitRequestRecord) => ({
  execution_time: request.createdAt.slice(11, 19),
  execution_date: request.createdAt.slice(0, 10),
  token: request.creditLimitRequestId,
  short_reference: request.shortReference,
});
