import * as z from 'zod/mini';
import { date, flag, id, listEnvelope, text } from './tolerant';

/*
 * KYC records as OBP sends them, built in obp-api/src/main/scala/code/api/v2_0_0/JSONFactory2.0.0.scala
 * (`createKycDocumentJSON`, `createKycMediaJSON`, `createKycCheckJSON`, `createKycStatusJSON`) straight from the
 * models (code/kycdocuments, code/kycmedias, code/kycchecks, code/kycstatuses) or an adapter's commons classes:
 * any text may be null, a date null (a document without an expiry date), a flag null (an adapter that omits it).
 * Documents, media and checks are upserted by the id in the path and carry it; a status has no id (OBP keeps one row
 * per customer and bank, overwritten).
 */
const kycOwner = { bank_id: text, customer_id: text, customer_number: text };

/** `KycDocumentJSON`. */
export const tolerantKycDocument = z.pipe(
  z.looseObject({ ...kycOwner, id, type: text, number: text, issue_date: date, issue_place: text, expiry_date: date }),
  z.transform((wire) => ({
    bank_id: wire.bank_id,
    customer_id: wire.customer_id,
    id: wire.id,
    customer_number: wire.customer_number,
    type: wire.type,
    number: wire.number,
    issue_date: wire.issue_date,
    issue_place: wire.issue_place,
    /** Undefined: no expiry date recorded. */
    expiry_date: wire.expiry_date,
  })),
);
export type KycDocument = z.output<typeof tolerantKycDocument>;

/** `KycMediaJSON`. */
export const tolerantKycMedia = z.pipe(
  z.looseObject({
    ...kycOwner,
    id,
    type: text,
    url: text,
    date,
    relates_to_kyc_document_id: text,
    relates_to_kyc_check_id: text,
  }),
  z.transform((wire) => ({
    bank_id: wire.bank_id,
    customer_id: wire.customer_id,
    id: wire.id,
    customer_number: wire.customer_number,
    type: wire.type,
    url: wire.url,
    date: wire.date,
    relates_to_kyc_document_id: wire.relates_to_kyc_document_id,
    relates_to_kyc_check_id: wire.relates_to_kyc_check_id,
  })),
);
export type KycMedia = z.output<typeof tolerantKycMedia>;

/** `KycCheckJSON`. */
export const tolerantKycCheck = z.pipe(
  z.looseObject({
    ...kycOwner,
    id,
    date,
    how: text,
    staff_user_id: text,
    staff_name: text,
    satisfied: flag,
    comments: text,
  }),
  z.transform((wire) => ({
    bank_id: wire.bank_id,
    customer_id: wire.customer_id,
    id: wire.id,
    customer_number: wire.customer_number,
    date: wire.date,
    how: wire.how,
    staff_user_id: wire.staff_user_id,
    staff_name: wire.staff_name,
    /** Undefined: the server did not say. */
    satisfied: wire.satisfied,
    comments: wire.comments,
  })),
);
export type KycCheck = z.output<typeof tolerantKycCheck>;

/** `KycStatusJSON` (no bank_id, no id). */
export const tolerantKycStatus = z.pipe(
  z.looseObject({ customer_id: text, customer_number: text, ok: flag, date }),
  z.transform((wire) => ({
    customer_id: wire.customer_id,
    customer_number: wire.customer_number,
    /** Undefined: the server did not say. */
    ok: wire.ok,
    date: wire.date,
  })),
);
export type KycStatus = z.output<typeof tolerantKycStatus>;

/** `KycDocumentsJSON {documents}`, `KycMediasJSON {medias}`, `KycChecksJSON {checks}`, `KycStatusesJSON {statuses}`. */
export const tolerantKycDocumentList = listEnvelope('documents', tolerantKycDocument, 'id');
export const tolerantKycMediaList = listEnvelope('medias', tolerantKycMedia, 'id');
export const tolerantKycCheckList = listEnvelope('checks', tolerantKycCheck, 'id');
/** A status row has no id: one that cannot be read is named by its date. */
export const tolerantKycStatusList = listEnvelope('statuses', tolerantKycStatus, 'date');

