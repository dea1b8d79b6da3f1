import type { KycItemKind, KycItemVersion } from '@/api/resources/kyc';
import type { KycItemOf } from '@/api/wire/kyc';

/** The fields of each kind that a version can change, in the order the item shows them. */
export const VERSIONED_FIELDS = {
  check: ['satisfied', 'how', 'date', 'staffName', 'staffUserId', 'comments'],
  document: ['type', 'number', 'issueDate', 'expiryDate', 'issuePlace'],
  media: ['type', 'url', 'date', 'relatesToKycDocumentId', 'relatesToKycCheckId'],
} as const satisfies { [Kind in KycItemKind]: ReadonlyArray<keyof KycItemOf[Kind]> };

/** A field a version of this kind can change. */
export type VersionedField<Kind extends KycItemKind> = (typeof VERSIONED_FIELDS)[Kind][number];

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
