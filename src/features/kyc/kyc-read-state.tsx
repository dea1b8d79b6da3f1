import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { useTranslation } from '@/i18n/i18n-context';
import type { RowsRead } from '@/api/wire/tolerant';
import { UnreadableRows } from '@/components/unreadable-rows';
import type { Permission } from '@/lib/permissions';

type Props<Row> = {
  permission: Permission;
  query: UseQueryResult<RowsRead<Row>>;
  /** The message key saying which any-bank role reading this list needs. */
  requiresKey: string;
  loadingLabel: string;
  /** The rows that could be read; those that could not are listed after them, by id and what was wrong. */
  children: (rows: Row[]) => ReactNode;
};

/**
 * One KYC list's state: the any-bank role it needs (named, before any call), loading, its own error with a retry,
 * or its rows (and those it could not read). Each list has its own, so one failing leaves the others working.
 */
export function KycReadState<Row>({ permission, query, requiresKey, loadingLabel, children }: Props<Row>) {
  const t = useTranslation();
  if (!permission.allowed) {
    if (permission.pending) return <Loading />;
    return <p className="alert alert-info">{t(requiresKey, { roles: permission.missingRoles.join(t('errors.roleSeparator')) })}</p>;
  }
  if (query.isPending) return <Loading label={loadingLabel} />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  const { rows, unreadable } = query.data;
  return (
    <>
      {rows.length > 0 || unreadable.length === 0 ? children(rows) : null}
      <UnreadableRows rows={unreadable} />
    </>
  );
}
