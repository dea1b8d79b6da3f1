import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { OperationId } from '@/api/schemas/operations';
import { kycVersionQueries, type KycItemKind } from '@/api/resources/kyc';
import { useServerKeeps } from '@/api/resources/server';
import { ErrorMessage } from '@/components/error-message';
import { UnreadableRows } from '@/components/unreadable-rows';
import { useI18n } from '@/i18n/i18n-context';
import { usePermission } from '@/lib/permissions';
import { describeVersions, VERSIONED_FIELDS, type VersionedField } from './kyc-versions';

const READ_OPERATION: Record<KycItemKind, OperationId> = {
  check: 'getKycCheckVersions',
  document: 'getKycDocumentVersions',
  media: 'getKycMediaVersions',
};

/** The label of each versioned field: the same words the item and its form use. */
const FIELD_LABEL: { [Kind in KycItemKind]: Record<VersionedField<Kind>, string> } = {
  check: {
    satisfied: 'kyc.checks.satisfied',
    how: 'kyc.checks.how',
    date: 'kyc.checks.date',
    staffName: 'kyc.checks.staffName',
    staffUserId: 'kyc.checks.staffUserId',
    comments: 'kyc.checks.comments',
  },
  document: {
    type: 'kyc.documents.type',
    number: 'kyc.documents.number',
    issueDate: 'kyc.documents.issueDate',
    expiryDate: 'kyc.documents.expiryDate',
    issuePlace: 'kyc.documents.issuePlace',
  },
  media: {
    type: 'kyc.media.type',
    url: 'kyc.media.url',
    date: 'kyc.media.date',
    relatesToKycDocumentId: 'kyc.media.document',
    relatesToKycCheckId: 'kyc.media.check',
  },
};

/** Calendar days (documents) are shown in UTC, like the item itself; other dates with their time. */
const DAY_FIELDS: ReadonlySet<string> = new Set<VersionedField<'document'>>(['issueDate', 'expiryDate']);
const TIME_FIELDS: ReadonlySet<string> = new Set<VersionedField<'check' | 'media'>>(['date']);

type Props = { kind: KycItemKind; bankId: string; customerId: string; itemId: string };

/**
 * A KYC item that was written again under its id says so, and lists its versions — who wrote each, when, and what it
 * changed. Only on a server that keeps them (the sandbox's `kyc-item-versions`; OBP overwrites without trace), for a
 * user who may read the item. One request per kind serves every item of that kind.
 */
export function KycItemVersions({ kind, bankId, customerId, itemId }: Props) {
  const { t, formatDate } = useI18n();
  const keeps = useServerKeeps('kyc-item-versions');
  const permission = usePermission(READ_OPERATION[kind], bankId);
  const query = useQuery({ ...kycVersionQueries.versions(kind, bankId, customerId), enabled: keeps && permission.allowed });
  const versions = useMemo(() => (query.data ? describeVersions(query.data.rows, itemId, VERSIONED_FIELDS[kind]) : []), [query.data, itemId, kind]);
  // A version of this item that could not be read is shown as one (by its id and what was wrong), never dropped.
  const unreadable = useMemo(() => query.data?.unreadable.filter((row) => row.id === itemId) ?? [], [query.data, itemId]);

  if (!keeps || !permission.allowed) return null;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  if (versions.length + unreadable.length < 2) return unreadable.length > 0 ? <UnreadableRows rows={unreadable} /> : null;

  const show = (field: string, value: unknown): string => {
    if (value === undefined || value === null || value === '') return t('kyc.versions.empty');
    if (typeof value === 'boolean') return value ? t('kyc.checks.satisfiedYes') : t('kyc.checks.satisfiedNo');
    if (typeof value === 'string' && DAY_FIELDS.has(field)) return formatDate(value, { dateStyle: 'medium', timeZone: 'UTC' });
    if (typeof value === 'string' && TIME_FIELDS.has(field)) return formatDate(value, { dateStyle: 'medium', timeStyle: 'short' });
    return String(value);
  };

  return (
    <div className="kyc-versions">
      <p>
        <span className="badge badge-warning">{t('kyc.versions.changed')}</span>
      </p>
      <details>
        <summary>{t('kyc.versions.summary', { count: versions.length })}</summary>
        <ol className="kyc-version-list" aria-label={t('kyc.versions.listLabel')}>
          {versions.map((version) => (
            <li key={version.version}>
              <p>
                <strong>{t('kyc.versions.version', { version: version.version })}</strong>
                {' · '}
                {version.recordedAt ? (
                  <>
                    <time dateTime={version.recordedAt}>{formatDate(version.recordedAt, { dateStyle: 'medium', timeStyle: 'short' })}</time>
                    {' · '}
                  </>
                ) : null}
                {version.username ? t('kyc.versions.by', { user: version.username }) : t('kyc.versions.byUnknown')}
                {version.userId ? (
                  <>
                    {' '}
                    <code className="muted">{version.userId}</code>
                  </>
                ) : null}
              </p>
              {version.first ? (
                <p className="muted">{t('kyc.versions.first')}</p>
              ) : version.changes.length === 0 ? (
                <p className="muted">{t('kyc.versions.noChange')}</p>
              ) : (
                <ul className="kyc-version-changes">
                  {version.changes.map((change) => (
                    <li key={change.field}>
                      {t('kyc.versions.change', {
                        field: t((FIELD_LABEL[kind] as Readonly<Record<string, string>>)[change.field] ?? change.field),
                        before: show(change.field, change.before),
                        after: show(change.field, change.after),
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
        <UnreadableRows rows={unreadable} />
      </details>
    </div>
  );
}
