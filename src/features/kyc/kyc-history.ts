import type { KycMedia, KycStatus } from '@/api/wire/kyc';

/**
 * Newest first. The sandbox keeps every status ever set and sends them newest first; OBP keeps one row per customer.
 * Sorting again costs nothing and keeps the console right if a server sends another order.
 */
export function statusHistory(statuses: readonly KycStatus[]): KycStatus[] {
  const time = (status: KycStatus) => (status.date ? Date.parse(status.date) : Number.NEGATIVE_INFINITY);
  return statuses
    .map((status, index) => ({ status, index }))
    .sort((left, right) => time(right.status) - time(left.status) || left.index - right.index)
    .map(({ status }) => status);
}

export const currentStatus = (statuses: readonly KycStatus[]): KycStatus | undefined => statusHistory(statuses)[0];

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
    const document = item.relates_to_kyc_document_id;
    const check = item.relates_to_kyc_check_id;
    const placed = [document && documentIds.has(document), check && checkIds.has(check)];
    if (placed[0]) byDocument.set(document, [...(byDocument.get(document) ?? []), item]);
    if (placed[1]) byCheck.set(check, [...(byCheck.get(check) ?? []), item]);
    if (!placed[0] && !placed[1]) unplaced.push(item);
  }
  return { byDocument, byCheck, unplaced };
}

