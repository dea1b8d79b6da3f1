import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { useTranslation } from '@/i18n/i18n-context';
import type { Permission } from '@/lib/permissions';

type Props<T> = {
  permission: Permission;
  query: UseQueryResult<T>;
  /** The message key saying which any-bank role reading this list needs. */
  requiresKey: string;
  loadingLabel: string;
  children: (data: T) => ReactNode;
};

/**
 * One KYC list's state: the any-bank role it needs (named, before any call), loading, its own error with a retry,
 * or its content. Each list has its own, so one failing leaves the others working.
 */
export function KycReadState<T>({ permission, query, requiresKey, loadingLabel, children }: Props<T>) {
  const t = useTranslation();
  if (!permission.allowed) {
    if (permission.pending) return <Loading />;
    return <p className="alert alert-info">{t(requiresKey, { roles: permission.missingRoles.join(t('errors.roleSeparator')) })}</p>;
  }
  if (query.isPending) return <Loading label={loadingLabel} />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
