import type { KycMedia } from '@/api/wire/kyc';

// The order of statuses is the KYC status's own (shared with the header and the search rows): see `@/api/resources/kyc`.
export { currentStatus, statusHistory } from '@/api/resources/kyc';

export type MediaByOwner = {
  byDocument: Map<string, KycMedia[]>;
  byCheck: Map<string, KycMedia[]>;
  /** Media that relate to no document or check the console could list. */
  unplaced: KycMedia[];
};

/** Places each media item under the document and/or check it relates to. */
export function placeMedia(media: readonly KycMedia[], documentIds: ReadonlySet<string>, checkIds: ReadonlySet<string>): MediaByOwner {
  const byDocument = new Map<string, KycMedia[]>();
  const byCheck = new Map<string, KycMedia[]>();
  const unplaced: KycMedia[] = [];
  for (const item of media) {
    const document = item.relatesToKycDocumentId;
    const check = item.relatesToKycCheckId;
    const placed = [document && documentIds.has(document), check && checkIds.has(check)];
    if (placed[0]) byDocument.set(document, [...(byDocument.get(document) ?? []), item]);
    if (placed[1]) byCheck.set(check, [...(byCheck.get(check) ?? []), item]);
    if (!placed[0] && !placed[1]) unplaced.push(item);
  }
  return { byDocument, byCheck, unplaced };
}

