import * as z from 'zod/mini';
import { KYC_FIELD_LIMITS, type KycCheckDraft, type KycDocumentDraft, type KycMediaDraft, type KycStatusDraft } from '@/api/drafts/kyc';
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

export const statusDraft = (values: KycStatusFormValues, customerNumber: string): KycStatusDraft => ({
  customerNumber,
  ok: values.ok === 'verified',
  date: localDateTimeToObpDate(values.date),
});

/* ---------- checks ---------- */

export const kycCheckFormSchema = z.object({
  how: z.string().check(required('kyc.validation.howRequired'), atMost(KYC_FIELD_LIMITS.checkHow, 'kyc.validation.howTooLong')),
  satisfied: z.enum(['yes', 'no'], 'kyc.validation.satisfiedRequired'),
  comments: z.string().check(atMost(KYC_FIELD_LIMITS.comments, 'kyc.validation.commentsTooLong')),
  date: z.string().check(z.refine(isDateTime, 'kyc.validation.dateRequired'), notInFuture),
  staffName: z.string().check(required('kyc.validation.staffMissing'), atMost(KYC_FIELD_LIMITS.staff, 'kyc.validation.staffTooLong')),
  staffUserId: z.string().check(required('kyc.validation.staffMissing'), atMost(KYC_FIELD_LIMITS.staff, 'kyc.validation.staffTooLong')),
});
export type KycCheckFormValues = z.input<typeof kycCheckFormSchema>;

export const checkDraft = (values: KycCheckFormValues, customerNumber: string): KycCheckDraft => ({
  customerNumber,
  date: localDateTimeToObpDate(values.date),
  how: values.how.trim(),
  staffUserId: values.staffUserId,
  staffName: values.staffName,
  satisfied: values.satisfied === 'yes',
  comments: values.comments.trim(),
});

/* ---------- documents ---------- */

export const kycDocumentFormSchema = z
  .object({
    type: z.string().check(required('kyc.validation.documentTypeRequired'), atMost(KYC_FIELD_LIMITS.documentType, 'kyc.validation.documentTypeTooLong')),
    number: z.string().check(required('kyc.validation.documentNumberRequired'), atMost(KYC_FIELD_LIMITS.documentNumber, 'kyc.validation.documentNumberTooLong')),
    issueDate: z.string().check(
      z.refine(isRealDay, 'kyc.validation.issueDateRequired'),
      z.refine((value) => !isRealDay(value) || value <= localToday(), 'kyc.validation.issueDateFuture'),
    ),
    expiryDate: z.string().check(z.refine(isRealDay, 'kyc.validation.expiryDateRequired')),
    issuePlace: z.string().check(atMost(KYC_FIELD_LIMITS.issuePlace, 'kyc.validation.issuePlaceTooLong')),
  })
  .check(
    z.refine((values) => !isRealDay(values.issueDate) || !isRealDay(values.expiryDate) || values.expiryDate > values.issueDate, {
      message: 'kyc.validation.expiryBeforeIssue',
      path: ['expiryDate'],
    }),
  );
export type KycDocumentFormValues = z.input<typeof kycDocumentFormSchema>;

export const documentDraft = (values: KycDocumentFormValues, customerNumber: string): KycDocumentDraft => ({
  customerNumber,
  type: values.type.trim(),
  number: values.number.trim(),
  issueDate: dayToObpDate(values.issueDate),
  issuePlace: values.issuePlace.trim(),
  expiryDate: dayToObpDate(values.expiryDate),
});

/* ---------- media ---------- */

export const kycMediaFormSchema = z
  .object({
    type: z.string().check(required('kyc.validation.mediaTypeRequired'), atMost(KYC_FIELD_LIMITS.mediaType, 'kyc.validation.mediaTypeTooLong')),
    url: z.string().check(
      required('kyc.validation.urlRequired'),
      atMost(KYC_FIELD_LIMITS.mediaUrl, 'kyc.validation.urlTooLong'),
      z.refine((value) => value.trim() === '' || isWebUrl(value.trim()), 'kyc.validation.urlInvalid'),
    ),
    date: z.string().check(z.refine(isDateTime, 'kyc.validation.dateRequired')),
    relatesToKycDocumentId: z.string(),
    relatesToKycCheckId: z.string(),
  })
  .check(
    z.refine((values) => values.relatesToKycDocumentId !== '' || values.relatesToKycCheckId !== '', {
      message: 'kyc.validation.mediaLinkRequired',
      path: ['relatesToKycDocumentId'],
    }),
  );
export type KycMediaFormValues = z.input<typeof kycMediaFormSchema>;

export const mediaDraft = (values: KycMediaFormValues, customerNumber: string): KycMediaDraft => ({
  customerNumber,
  type: values.type.trim(),
  url: values.url.trim(),
  date: localDateTimeToObpDate(values.date),
  relatesToKycDocumentId: values.relatesToKycDocumentId,
  relatesToKycCheckId: values.relatesToKycCheckId,
});

