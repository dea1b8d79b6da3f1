import type { KycItemKind, KycItemVersion } from '@/api/resources/kyc';

/** The fields of each kind that a version can change, in the order the item shows them. */
export const VERSIONED_FIELDS: Record<KycItemKind, readonly string[]> = {
  check: ['satisfied', 'how', 'date', 'staff_name', 'staff_user_id', 'comments'],
  document: ['type', 'number', 'issue_date', 'expiry_date', 'issue_place'],
  media: ['type', 'url', 'date', 'relates_to_kyc_document_id', 'relates_to_kyc_check_id'],
};

export type FieldChange = { field: string; before: unknown; after: unknown };

/** A version as the KYC tab tells it: who wrote it, when, and what it changed from the version before. */
export type DescribedVersion = {
  version: number;
  /** Undefined: not recorded. */
  recordedAt: string | undefined;
  userId: string;
  username: string;
  /** The first version of the id: nothing before it to compare with. */
  first: boolean;
  changes: FieldChange[];
};

/**
 * The versions of one item, newest first, each with the fields it changed from the version before it. Versions are
 * compared in version order, whatever order the server listed them in.
 */
export function describeVersions(versions: readonly KycItemVersion[], itemId: string, fields: readonly string[]): DescribedVersion[] {
  const ofItem = versions.filter((version) => version.itemId === itemId).sort((first, second) => first.version - second.version);
  const valueOf = (version: KycItemVersion, field: string): unknown => (version.value as Readonly<Record<string, unknown>>)[field];
  const described = ofItem.map((version, index): DescribedVersion => {
    const previous = ofItem[index - 1];
    return {
      version: version.version,
      recordedAt: version.recordedAt,
      userId: version.userId,
      username: version.username,
      first: previous === undefined,
      changes: previous
        ? fields
            .filter((field) => !Object.is(valueOf(previous, field), valueOf(version, field)))
            .map((field) => ({ field, before: valueOf(previous, field), after: valueOf(version, field) }))
        : [],
    };
  });
  return described.reverse();
}
