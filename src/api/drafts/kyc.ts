import { KYC_LIMITS } from '@/api/schemas/kyc';
import { fieldLimits } from './field-limits';

/** OBP's KYC column limits (contract §D) under the console's names. */
export const KYC_FIELD_LIMITS = fieldLimits(KYC_LIMITS);

/*
 * KYC items as the forms hand them to the hooks of `resources/kyc.ts`, in the console's names (those of the
 * `wire/kyc.ts` domain types). OBP files every item under the body's customer number, so each draft carries the
 * record's number.
 */

export type KycStatusDraft = { customerNumber: string; ok: boolean; date: string };

export type KycCheckDraft = {
  customerNumber: string;
  date: string;
  how: string;
  staffUserId: string;
  staffName: string;
  satisfied: boolean;
  comments: string;
};

export type KycDocumentDraft = {
  customerNumber: string;
  type: string;
  number: string;
  issueDate: string;
  issuePlace: string;
  expiryDate: string;
};

export type KycMediaDraft = {
  customerNumber: string;
  type: string;
  url: string;
  date: string;
  relatesToKycDocumentId: string;
  relatesToKycCheckId: string;
};
