import * as z from 'zod/mini';
import { nullableObpDate, obpDate } from './common';

/** Column limits (contract §D). */
export const KYC_LIMITS = {
  check_how: 32,
  staff: 64,
  comments: 2000,
  document_type: 50,
  document_number: 50,
  issue_place: 512,
  media_type: 50,
  media_url: 255,
} as const;

export const putKycDocument = z.object({
  customer_number: z.string(),
  type: z.string(),
  number: z.string(),
  issue_date: obpDate,
  issue_place: z.string(),
  expiry_date: obpDate,
});
export type PutKycDocument = z.infer<typeof putKycDocument>;
export const kycDocument = z.object({
  bank_id: z.string(),
  customer_id: z.string(),
  id: z.string(),
  customer_number: z.string(),
  type: z.string(),
  number: z.string(),
  issue_date: nullableObpDate,
  issue_place: z.string(),
  expiry_date: nullableObpDate,
});
export type KycDocument = z.infer<typeof kycDocument>;
export const kycDocumentList = z.object({ documents: z.array(kycDocument) });

export const putKycMedia = z.object({
  customer_number: z.string(),
  type: z.string(),
  url: z.string(),
  date: obpDate,
  relates_to_kyc_document_id: z.string(),
  relates_to_kyc_check_id: z.string(),
});
export type PutKycMedia = z.infer<typeof putKycMedia>;
export const kycMedia = z.object({
  bank_id: z.string(),
  customer_id: z.string(),
  id: z.string(),
  customer_number: z.string(),
  type: z.string(),
  url: z.string(),
  date: nullableObpDate,
  relates_to_kyc_document_id: z.string(),
  relates_to_kyc_check_id: z.string(),
});
export type KycMedia = z.infer<typeof kycMedia>;
export const kycMediaList = z.object({ medias: z.array(kycMedia) });

export const putKycCheck = z.object({
  customer_number: z.string(),
  date: obpDate,
  how: z.string(),
  staff_user_id: z.string(),
  staff_name: z.string(),
  satisfied: z.boolean(),
  comments: z.string(),
});
export type PutKycCheck = z.infer<typeof putKycCheck>;
export const kycCheck = z.object({
  bank_id: z.string(),
  customer_id: z.string(),
  id: z.string(),
  customer_number: z.string(),
  date: nullableObpDate,
  how: z.string(),
  staff_user_id: z.string(),
  staff_name: z.string(),
  satisfied: z.boolean(),
  comments: z.string(),
});
export type KycCheck = z.infer<typeof kycCheck>;
export const kycCheckList = z.object({ checks: z.array(kycCheck) });

export const putKycStatus = z.object({ customer_number: z.string(), ok: z.boolean(), date: obpDate });
export type PutKycStatus = z.infer<typeof putKycStatus>;
/** `KycStatusJSON` has no bank_id. */
export const kycStatus = z.object({ customer_id: z.string(), customer_number: z.string(), ok: z.boolean(), date: nullableObpDate });
export type KycStatus = z.infer<typeof kycStatus>;
export const kycStatusList = z.object({ statuses: z.array(kycStatus) });

/**
 * Sandbox extension `kyc-item-versions` (not OBP): every version of a KYC check, document or media item, newest first
 * within each item, at `GET /obp/v5.1.0/sandbox/banks/BANK_ID/customers/CUSTOMER_ID/kyc_checks/versions` (all the
 * customer's checks) or `…/kyc_checks/KYC_CHECK_ID/versions` (one), and the same for `kyc_documents` and `kyc_media`.
 * `user_id` and `username` are who wrote the version ("" for one written before versions were kept).
 */
const versionFields = { id: z.string(), version: z.number(), recorded_at: obpDate, user_id: z.string(), username: z.string() };
export const kycCheckVersion = z.object({ ...versionFields, kyc_check: kycCheck });
export const kycDocumentVersion = z.object({ ...versionFields, kyc_document: kycDocument });
export const kycMediaVersion = z.object({ ...versionFields, kyc_media: kycMedia });
export type KycCheckVersion = z.infer<typeof kycCheckVersion>;
export type KycDocumentVersion = z.infer<typeof kycDocumentVersion>;
export type KycMediaVersion = z.infer<typeof kycMediaVersion>;
export const kycCheckVersionList = z.object({ versions: z.array(kycCheckVersion) });
export const kycDocumentVersionList = z.object({ versions: z.array(kycDocumentVersion) });
export const kycMediaVersionList = z.object({ versions: z.array(kycMediaVersion) });
