import * as z from 'zod/mini';
import { date, flag, id, listEnvelope, text, type RowsRead } from './tolerant';

/*
 * KYC records as OBP sends them, built in obp-api/src/main/scala/code/api/v2_0_0/JSONFactory2.0.0.scala
 * (`createKycDocumentJSON`, `createKycMediaJSON`, `createKycCheckJSON`, `createKycStatusJSON`) straight from the
 * mapped models (code/kycdocuments/MappedKycDocumentsProvider.scala, code/kycmedia/MappedKycMediasProvider.scala,
 * code/kyccheck/MappedKycChecksProvider.scala, code/kycstatus/MappedKycStatusesProvider.scala) or an adapter's
 * commons classes (`KycDocumentCommons`, `KycMediaCommons`, `KycCheckCommons`, `KycStatusCommons`):
 * - every text is a `MappedString`/`UUIDString`: NULL in a row written before the column existed, null from an
 *   adapter that omits it (lift-json renders a null String as `null`) → "" (not recorded);
 * - every date is a `MappedDateTime`: NULL → `null` (a document without an expiry date) → undefined;
 * - `satisfied` and `ok` are `MappedBoolean`s, null from an adapter → undefined ("not recorded", never "no"), and
 *   "true"/"false" where lift-json wrote an adapter's string;
 * - fields of newer versions are dropped.
 * Documents, media and checks are upserted by the id in the path and carry it (a row without one cannot be read); a
 * status has no id (OBP keeps one row per customer and bank, overwritten).
 */
const kycOwner = { bank_id: text, customer_id: text, customer_number: text };

/** Whose KYC item or status it is, as the screens name it. */
const ownerOf = (wire: { bank_id: string; customer_id: string; customer_number: string }) => ({
  bankId: wire.bank_id,
  customerId: wire.customer_id,
  customerNumber: wire.customer_number,
});

/*
 * A document, a media item or a check, which OBP builds alike: its owner, its id, then its own fields, each read
 * tolerantly. Object schemas: fields they do not name (a newer version's) are dropped.
 */

/** `KycDocumentJSON`. `expiryDate` undefined: no expiry date recorded. */
export const tolerantKycDocument = z.pipe(
  z.object({ ...kycOwner, id, type: text, number: text, issue_date: date, issue_place: text, expiry_date: date }),
  z.transform((wire) => ({
    ...ownerOf(wire),
    id: wire.id,
    type: wire.type,
    number: wire.number,
    issueDate: wire.issue_date,
    issuePlace: wire.issue_place,
    expiryDate: wire.expiry_date,
  })),
);
export type KycDocument = z.output<typeof tolerantKycDocument>;

/** `KycMediaJSON`. */
export const tolerantKycMedia = z.pipe(
  z.object({ ...kycOwner, id, type: text, url: text, date, relates_to_kyc_document_id: text, relates_to_kyc_check_id: text }),
  z.transform((wire) => ({
    ...ownerOf(wire),
    id: wire.id,
    type: wire.type,
    url: wire.url,
    date: wire.date,
    relatesToKycDocumentId: wire.relates_to_kyc_document_id,
    relatesToKycCheckId: wire.relates_to_kyc_check_id,
  })),
);
export type KycMedia = z.output<typeof tolerantKycMedia>;

/** `KycCheckJSON`. `satisfied` undefined: not recorded (an adapter's null), never "no". */
export const tolerantKycCheck = z.pipe(
  z.object({ ...kycOwner, id, date, how: text, staff_user_id: text, staff_name: text, satisfied: flag, comments: text }),
  z.transform((wire) => ({
    ...ownerOf(wire),
    id: wire.id,
    date: wire.date,
    how: wire.how,
    staffUserId: wire.staff_user_id,
    staffName: wire.staff_name,
    satisfied: wire.satisfied,
    comments: wire.comments,
  })),
);
export type KycCheck = z.output<typeof tolerantKycCheck>;

/** `KycStatusJSON`: no id and no bank (OBP keeps one row per customer and bank, overwritten). */
export const tolerantKycStatus = z.pipe(
  z.object({ customer_id: text, customer_number: text, ok: flag, date }),
  z.transform((wire) => ({ customerId: wire.customer_id, customerNumber: wire.customer_number, ok: wire.ok, date: wire.date })),
);
export type KycStatus = z.output<typeof tolerantKycStatus>;

export const tolerantKycDocumentList = listEnvelope('documents', tolerantKycDocument, 'id');
export const tolerantKycMediaList = listEnvelope('medias', tolerantKycMedia, 'id');
export const tolerantKycCheckList = listEnvelope('checks', tolerantKycCheck, 'id');
/** A status row has no id: one that cannot be read is named by its date. */
export const tolerantKycStatusList = listEnvelope('statuses', tolerantKycStatus, 'date');

/** The KYC items whose every version the sandbox keeps (extension `kyc-item-versions`). */
export type KycItemKind = 'check' | 'document' | 'media';

/** Each kind's item as the screens get it. */
export type KycItemOf = { check: KycCheck; document: KycDocument; media: KycMedia };

/** One version of a KYC item: the item as written (read like OBP's own answer), who wrote it and when. */
export type KycItemVersion<Kind extends KycItemKind = KycItemKind> = {
  itemId: string;
  version: number;
  /** Undefined: not recorded. */
  recordedAt: string | undefined;
  /** "" for a version written before versions were kept. */
  userId: string;
  username: string;
  value: KycItemOf[Kind];
};

/**
 * Sandbox extension `kyc-item-versions` (not OBP): `{"versions": [{id, version, recorded_at, user_id, username,
 * <item field>: <the item's OBP JSON>}]}`, read like every OBP list — row by row, one unreadable version shown by its
 * id — and each version's item with the same reader as OBP's own answer for that kind. One reader for the three kinds.
 */
const versionNumber = z.pipe(
  z.union([z.int().check(z.nonnegative()), z.string().check(z.regex(/^\d+$/))]),
  z.transform((value): number => Number(value)),
);

const kycVersionList = <Kind extends KycItemKind>(itemField: string, item: z.ZodMiniType<KycItemOf[Kind]>) =>
  listEnvelope(
    'versions',
    z.pipe(
      // A version without a number cannot be put in order, nor one without its item shown: both are unreadable rows.
      z.looseObject({ id, version: versionNumber, recorded_at: date, user_id: text, username: text, ...({ [itemField]: item } as Record<string, typeof item>) }),
      z.transform(
        (wire): KycItemVersion<Kind> => ({
          itemId: wire.id,
          version: wire.version,
          recordedAt: wire.recorded_at,
          userId: wire.user_id,
          username: wire.username,
          value: wire[itemField] as KycItemOf[Kind],
        }),
      ),
    ),
    'id',
  );

/** The versions list of each kind: `…/kyc_checks/versions` (`kyc_check`), `…/kyc_documents/versions`, `…/kyc_media/versions`. */
export const tolerantKycVersionLists: { [Kind in KycItemKind]: z.ZodMiniType<RowsRead<KycItemVersion<Kind>>> } = {
  check: kycVersionList<'check'>('kyc_check', tolerantKycCheck),
  document: kycVersionList<'document'>('kyc_document', tolerantKycDocument),
  media: kycVersionList<'media'>('kyc_media', tolerantKycMedia),
};
