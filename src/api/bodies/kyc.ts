import type { KycCheckDraft, KycDocumentDraft, KycMediaDraft, KycStatusDraft } from '@/api/drafts/kyc';
import type { PutKycCheck, PutKycDocument, PutKycMedia, PutKycStatus } from '@/api/schemas/kyc';

/* How the console writes KYC items: each draft of `drafts/kyc.ts` as OBP's body. */

export const toKycStatusBody = (draft: KycStatusDraft): PutKycStatus => ({
  customer_number: draft.customerNumber,
  ok: draft.ok,
  date: draft.date,
});

export const toKycCheckBody = (draft: KycCheckDraft): PutKycCheck => ({
  customer_number: draft.customerNumber,
  date: draft.date,
  how: draft.how,
  staff_user_id: draft.staffUserId,
  staff_name: draft.staffName,
  satisfied: draft.satisfied,
  comments: draft.comments,
});

export const toKycDocumentBody = (draft: KycDocumentDraft): PutKycDocument => ({
  customer_number: draft.customerNumber,
  type: draft.type,
  number: draft.number,
  issue_date: draft.issueDate,
  issue_place: draft.issuePlace,
  expiry_date: draft.expiryDate,
});

export const toKycMediaBody = (draft: KycMediaDraft): PutKycMedia => ({
  customer_number: draft.customerNumber,
  type: draft.type,
  url: draft.url,
  date: draft.date,
  relates_to_kyc_document_id: draft.relatesToKycDocumentId,
  relates_to_kyc_check_id: draft.relatesToKycCheckId,
});
