import * as z from 'zod/mini';
import {
  KYC_LIMITS,
  type PutKycCheck,
  type PutKycDocument,
  type PutKycMedia,
  type PutKycStatus,
} from '@/api/schemas/kyc';
import { dayToObpDate, localDateTimeToObpDate } from '@/lib/obp-dates';
import { isRealDay, isWebUrl } from '@/lib/validation';
import { localToday } from './document-expiry';

const isDateTime = (value: string) => value !== '' && !Number.isNaN(new Date(value).getTime());
/**
 * A check or a status happened already: a date in the future is refused (a minute's grace for a clock a little
 * ahead). OBP stores any date, and the sandbox refuses it too.
 */
const notInFuture = z.refine<string>((value) => !isDateTime(value) || new Date(value).getTime() <= Date.now() + 60_000, 'kyc.validation.dateFuture');
const required = (message: string) => z.refine<string>((value) => value.trim() !== '', message);
const atMost = (limit: number, message: string) => z.maxLength(limit, message);

/* ---------- status ---------- */

export const kycStatusFormSchema = z.object({
  ok: z.enum(['verified', 'not-verified'], 'kyc.validation.statusRequired'),
  date: z.string().check(z.refine(isDateTime, 'kyc.validation.dateRequired'), notInFuture),
});
export type KycStatusFormValues = z.input<typeof kycStatusFormSchema>;

export const statusBody = (values: KycStatusFormValues, customerNumber: string): PutKycStatus => ({
  customer_number: customerNumber,
  ok: values.ok === 'verified',
  date: localDateTimeToObpDate(values.date),
});

/* ---------- checks ---------- */

export const kycCheckFormSchema = z.object({
  how: z.string().check(required('kyc.validation.howRequired'), atMost(KYC_LIMITS.check_how, 'kyc.validation.howTooLong')),
  satisfied: z.enum(['yes', 'no'], 'kyc.validation.satisfiedRequired'),
  comments: z.string().check(atMost(KYC_LIMITS.comments, 'kyc.validation.commentsTooLong')),
  date: z.string().check(z.refine(isDateTime, 'kyc.validation.dateRequired'), notInFuture),
  staff_name: z.string().check(required('kyc.validation.staffMissing'), atMost(KYC_LIMITS.staff, 'kyc.validation.staffTooLong')),
  staff_user_id: z.string().check(required('kyc.validation.staffMissing'), atMost(KYC_LIMITS.staff, 'kyc.validation.staffTooLong')),
});
export type KycCheckFormValues = z.input<typeof kycCheckFormSchema>;

export const checkBody = (values: KycCheckFormValues, customerNumber: string): PutKycCheck => ({
  customer_number: customerNumber,
  date: localDateTimeToObpDate(values.date),
  how: values.how.trim(),
  staff_user_id: values.staff_user_id,
  staff_name: values.staff_name,
  satisfied: values.satisfied === 'yes',
  comments: values.comments.trim(),
});

/* ---------- documents ---------- */

export const kycDocumentFormSchema = z
  .object({
    type: z.string().check(required('kyc.validation.documentTypeRequired'), atMost(KYC_LIMITS.document_type, 'kyc.validation.documentTypeTooLong')),
    number: z.string().check(required('kyc.validation.documentNumberRequired'), atMost(KYC_LIMITS.document_number, 'kyc.validation.documentNumberTooLong')),
    issue_date: z.string().check(
      z.refine(isRealDay, 'kyc.validation.issueDateRequired'),
      z.refine((value) => !isRealDay(value) || value <= localToday(), 'kyc.validation.issueDateFuture'),
    ),
    expiry_date: z.string().check(z.refine(isRealDay, 'kyc.validation.expiryDateRequired')),
    issue_place: z.string().check(atMost(KYC_LIMITS.issue_place, 'kyc.validation.issuePlaceTooLong')),
  })
  .check(
    z.refine((values) => !isRealDay(values.issue_date) || !isRealDay(values.expiry_date) || values.expiry_date > values.issue_date, {
      message: 'kyc.validation.expiryBeforeIssue',
      path: ['expiry_date'],
    }),
  );
export type KycDocumentFormValues = z.input<typeof kycDocumentFormSchema>;

export const documentBody = (values: KycDocumentFormValues, customerNumber: string): PutKycDocument => ({
  customer_number: customerNumber,
  type: values.type.trim(),
  number: values.number.trim(),
  issue_date: dayToObpDate(values.issue_date),
  issue_place: values.issue_place.trim(),
  expiry_date: dayToObpDate(values.expiry_date),
});

/* ---------- media ---------- */

export const kycMediaFormSchema = z
  .object({
    type: z.string().check(required('kyc.validation.mediaTypeRequired'), atMost(KYC_LIMITS.media_type, 'kyc.validation.mediaTypeTooLong')),
    url: z.string().check(
      required('kyc.validation.urlRequired'),
      atMost(KYC_LIMITS.media_url, 'kyc.validation.urlTooLong'),
      z.refine((value) => value.trim() === '' || isWebUrl(value.trim()), 'kyc.validation.urlInvalid'),
    ),
    date: z.string().check(z.refine(isDateTime, 'kyc.validation.dateRequired')),
    relates_to_kyc_document_id: z.string(),
    relates_to_kyc_check_id: z.string(),
  })
  .check(
    z.refine((values) => values.relates_to_kyc_document_id !== '' || values.relates_to_kyc_check_id !== '', {
      message: 'kyc.validation.mediaLinkRequired',
      path: ['relates_to_kyc_document_id'],
    }),
  );
export type KycMediaFormValues = z.input<typeof kycMediaFormSchema>;

export const mediaBody = (values: KycMediaFormValues, customerNumber: string): PutKycMedia => ({
  customer_number: customerNumber,
  type: values.type.trim(),
  url: values.url.trim(),
  date: localDateTimeToObpDate(values.date),
  relates_to_kyc_document_id: values.relates_to_kyc_document_id,
  relates_to_kyc_check_id: values.relates_to_kyc_check_id,
});

