import { KYC_LIMITS, type PutKycCheck, type PutKycDocument, type PutKycMedia, type PutKycStatus } from '@/api/schemas/kyc';
import { fieldLimits } from './field-limits';

/** OBP's KYC column limits (contract §D) under the console's names. */
export const KYC_FIELD_LIMITS = fieldLimits(KYC_LIMITS);

/*
 * How the console writes KYC items: each draft in the console's names (those of the `wire/kyc.ts` domain types) and
 * OBP's body. OBP files every item under the body's customer number, so each draft carries the record's number.
 */

export type KycStatusDraft = { customerNumber: string; ok: boolean; date: string };
export const toKycStatusBody = (draft: KycStatusDraft): PutKycStatus => ({
  customer_number: draft.customerNumber,
  ok: draft.ok,
  date: draft.date,
});

export type KycCheckDraft = {
  customerNumber: string;
  date: string;
  how: string;
  staffUserId: string;
  staffName: string;
  satisfied: boolean;
  comments: string;
};
export const toKycCheckBody = (draft: KycCheckDraft): PutKycCheck => ({
  customer_number: draft.customerNumber,
  date: draft.date,
  how: draft.how,
  staff_user_id: draft.staffUserId,
  staff_name: draft.staffName,
  satisfied: draft.satisfied,
  comments: draft.comments,
});

export type KycDocumentDraft = {
  customerNumber: string;
  type: string;
  number: string;
  issueDate: string;
  issuePlace: string;
  expiryDate: string;
};
export const toKycDocumentBody = (draft: KycDocumentDraft): PutKycDocument => ({
  customer_number: draft.customerNumber,
  type: draft.type,
  number: draft.number,
  issue_date: draft.issueDate,
  issue_place: draft.issuePlace,
  expiry_date: draft.expiryDate,
});

export type KycMediaDraft = {
  customerNumber: string;
  type: string;
  url: string;
  date: string;
  relatesToKycDocumentId: string;
  relatesToKycCheckId: string;
};
export const toKycMediaBody = (draft: KycMediaDraft): PutKycMedia => ({
  customer_number: draft.customerNumber,
  type: draft.type,
  url: draft.url,
  date: draft.date,
  relates_to_kyc_document_id: draft.relatesToKycDocumentId,
  relates_to_kyc_check_id: draft.relatesToKycCheckId,
});
