import { describe, expect, it } from 'vitest';
import { OBP_DATE_PATTERN } from '@/api/schemas/common';
import { putKycCheck, putKycDocument, putKycMedia, putKycStatus } from '@/api/schemas/kyc';
import { toKycCheckBody, toKycDocumentBody, toKycMediaBody, toKycStatusBody } from '@/api/bodies/kyc';
import {
  checkDraft,
  documentDraft,
  kycCheckFormSchema,
  kycDocumentFormSchema,
  kycMediaFormSchema,
  kycStatusFormSchema,
  mediaDraft,
  statusDraft,
  type KycCheckFormValues,
  type KycDocumentFormValues,
  type KycMediaFormValues,
  type KycStatusFormValues,
} from './kyc-form-schema';

// What the KYC hooks send for each form's draft.
const statusBody = (values: KycStatusFormValues, customerNumber: string) => toKycStatusBody(statusDraft(values, customerNumber));
const checkBody = (values: KycCheckFormValues, customerNumber: string) => toKycCheckBody(checkDraft(values, customerNumber));
const documentBody = (values: KycDocumentFormValues, customerNumber: string) => toKycDocumentBody(documentDraft(values, customerNumber));
const mediaBody = (values: KycMediaFormValues, customerNumber: string) => toKycMediaBody(mediaDraft(values, customerNumber));

const messagesOf = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

describe('KYC status form', () => {
  it('needs a status and a date, and sends OBP’s body', () => {
    expect(messagesOf(kycStatusFormSchema.safeParse({ date: '' }))).toEqual({
      ok: 'kyc.validation.statusRequired',
      date: 'kyc.validation.dateRequired',
    });
    const body = statusBody({ ok: 'verified', date: '2026-11-23T10:30' }, '5987953');
    expect(putKycStatus.safeParse(body).success).toBe(true);
    expect(body.ok).toBe(true);
    expect(body.customer_number).toBe('5987953');
    expect(OBP_DATE_PATTERN.test(body.date)).toBe(true);
    expect(statusBody({ ok: 'not-verified', date: '2026-11-23T10:30' }, 'n').ok).toBe(false);
  });
});

describe('KYC check form', () => {
  const valid = { how: 'in person', satisfied: 'yes', comments: '', date: '2026-11-23T10:30', staffName: 'kyc', staffUserId: 'u1' } as const;

  it('mirrors OBP’s column limits', () => {
    expect(kycCheckFormSchema.safeParse(valid).success).toBe(true);
    expect(messagesOf(kycCheckFormSchema.safeParse({ ...valid, how: 'x'.repeat(33) }))).toEqual({ how: 'kyc.validation.howTooLong' });
    expect(kycCheckFormSchema.safeParse({ ...valid, how: 'x'.repeat(32) }).success).toBe(true);
    expect(messagesOf(kycCheckFormSchema.safeParse({ ...valid, comments: 'x'.repeat(2001) }))).toEqual({
      comments: 'kyc.validation.commentsTooLong',
    });
    expect(messagesOf(kycCheckFormSchema.safeParse({ ...valid, staffName: 'x'.repeat(65) }))).toEqual({
      staffName: 'kyc.validation.staffTooLong',
    });
  });

  it('refuses a check dated in the future: it records what has happened', () => {
    const nextYear = `${new Date().getFullYear() + 1}-01-01T10:00`;
    expect(messagesOf(kycCheckFormSchema.safeParse({ ...valid, date: nextYear }))).toEqual({ date: 'kyc.validation.dateFuture' });
  });

  it('asks how and whether it was satisfied', () => {
    expect(messagesOf(kycCheckFormSchema.safeParse({ ...valid, how: '  ', satisfied: undefined }))).toEqual({
      how: 'kyc.validation.howRequired',
      satisfied: 'kyc.validation.satisfiedRequired',
    });
  });

  it('builds OBP’s body with a boolean and an OBP date', () => {
    const body = checkBody({ ...valid, how: ' video call ', satisfied: 'no', comments: ' ok ' }, 'N1');
    expect(putKycCheck.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({ customer_number: 'N1', how: 'video call', satisfied: false, comments: 'ok', staff_name: 'kyc', staff_user_id: 'u1' });
  });
});

describe('KYC document form', () => {
  const valid = { type: 'passport', number: 'P123', issueDate: '2020-01-01', expiryDate: '2030-01-01', issuePlace: '' };

  it('needs the expiry after the issue date', () => {
    expect(kycDocumentFormSchema.safeParse(valid).success).toBe(true);
    expect(messagesOf(kycDocumentFormSchema.safeParse({ ...valid, expiryDate: '2020-01-01' }))).toEqual({
      expiryDate: 'kyc.validation.expiryBeforeIssue',
    });
    expect(messagesOf(kycDocumentFormSchema.safeParse({ ...valid, expiryDate: '2019-12-31' }))).toEqual({
      expiryDate: 'kyc.validation.expiryBeforeIssue',
    });
  });

  it('mirrors OBP’s column limits and required dates', () => {
    expect(
      messagesOf(
        kycDocumentFormSchema.safeParse({ type: 'x'.repeat(51), number: '', issueDate: '', expiryDate: '', issuePlace: 'x'.repeat(513) }),
      ),
    ).toEqual({
      type: 'kyc.validation.documentTypeTooLong',
      number: 'kyc.validation.documentNumberRequired',
      issueDate: 'kyc.validation.issueDateRequired',
      expiryDate: 'kyc.validation.expiryDateRequired',
      issuePlace: 'kyc.validation.issuePlaceTooLong',
    });
  });

  it('sends calendar days as midnight UTC', () => {
    const body = documentBody(valid, 'N1');
    expect(putKycDocument.safeParse(body).success).toBe(true);
    expect(body.issue_date).toBe('2020-01-01T00:00:00Z');
    expect(body.expiry_date).toBe('2030-01-01T00:00:00Z');
  });
});

describe('KYC media form', () => {
  const valid = { type: 'scan', url: 'https://files.example.com/p.pdf', date: '2026-11-23T10:30', relatesToKycDocumentId: 'd1', relatesToKycCheckId: '' };

  it('accepts only http(s) addresses of at most 255 characters', () => {
    expect(kycMediaFormSchema.safeParse(valid).success).toBe(true);
    expect(messagesOf(kycMediaFormSchema.safeParse({ ...valid, url: 'javascript:alert(1)' }))).toEqual({ url: 'kyc.validation.urlInvalid' });
    expect(messagesOf(kycMediaFormSchema.safeParse({ ...valid, url: `https://example.com/${'x'.repeat(240)}` }))).toEqual({
      url: 'kyc.validation.urlTooLong',
    });
  });

  it('must belong to a document or a check', () => {
    expect(messagesOf(kycMediaFormSchema.safeParse({ ...valid, relatesToKycDocumentId: '' }))).toEqual({
      relatesToKycDocumentId: 'kyc.validation.mediaLinkRequired',
    });
    expect(kycMediaFormSchema.safeParse({ ...valid, relatesToKycDocumentId: '', relatesToKycCheckId: 'k1' }).success).toBe(true);
  });

  it('builds OBP’s body', () => {
    const body = mediaBody(valid, 'N1');
    expect(putKycMedia.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({ relates_to_kyc_document_id: 'd1', relates_to_kyc_check_id: '' });
  });
});

describe('KYC document dates', () => {
  const valid = { type: 'passport', number: 'P123', issueDate: '2020-01-01', expiryDate: '2030-01-01', issuePlace: '' };

  it('rejects days that do not exist and issue dates in the future', () => {
    expect(messagesOf(kycDocumentFormSchema.safeParse({ ...valid, issueDate: '2021-02-30' }))).toEqual({
      issueDate: 'kyc.validation.issueDateRequired',
    });
    expect(messagesOf(kycDocumentFormSchema.safeParse({ ...valid, expiryDate: '2030-13-45' }))).toEqual({
      expiryDate: 'kyc.validation.expiryDateRequired',
    });
    expect(messagesOf(kycDocumentFormSchema.safeParse({ ...valid, issueDate: '2999-01-01', expiryDate: '3000-01-01' }))).toEqual({
      issueDate: 'kyc.validation.issueDateFuture',
    });
  });
});
