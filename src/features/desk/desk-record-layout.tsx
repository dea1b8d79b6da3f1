import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import type { DeskCapability } from '@/api/connectors/connector';
import { deskCapabilities, deskCustomerQueries } from '@/api/resources/desk-customers';
import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { useI18n } from '@/i18n/i18n-context';
import { useDocumentTitle } from '@/lib/document-title';

/** The record's tabs and the capability each needs; a backend without it has no such tab. */
export const DESK_RECORD_TABS: ReadonlyArray<{ tab: string; needs?: DeskCapability }> = [
  { tab: 'identity' },
  { tab: 'addresses', needs: 'addresses' },
  { tab: 'persons', needs: 'persons' },
  { tab: 'kyc', needs: 'kyc-record' },
];

export function deskRecordTabs(capabilities: ReadonlySet<DeskCapability>): string[] {
  return DESK_RECORD_TABS.filter(({ needs }) => !needs || capabilities.has(needs)).map(({ tab }) => tab);
}

/** The customer's header and the tabs its backend supports; each tab is a route and keeps its failures to itself. */
export function DeskRecordLayout({ customerId }: { customerId: string }) {
  const { t, formatDate } = useI18n();
  const headingId = useId();
  const { pathname } = useLocation();
  const customer = useQuery(deskCustomerQueries.detail(customerId));
  const tabs = deskRecordTabs(deskCapabilities());
  const tab = tabs.find((name) => pathname.endsWith(`/${name}`));
  const name = customer.data ? (customer.data.name ?? customer.data.company ?? t('desk.noName')) : undefined;
  useDocumentTitle(name, tab ? t(`desk.tab.${tab}`) : undefined);

  if (customer.isPending) return <Loading />;
  if (customer.isError) return <ErrorMessage error={customer.error} onRetry={() => void customer.refetch()} />;
  const record = customer.data;
  return (
    <article className="page record" aria-labelledby={headingId}>
      <header className="record-header">
        <h1 id={headingId}>{name}</h1>
        <dl className="record-summary">
          <div>
            <dt>{t('desk.field.id')}</dt>
            <dd>{record.id}</dd>
          </div>
          {record.status ? (
            <div>
              <dt>{t('desk.field.status')}</dt>
              <dd>{t(`desk.status.${record.status}`)}</dd>
            </div>
          ) : null}
          {record.created ? (
            <div>
              <dt>{t(record.status ? 'desk.field.openingDate' : 'desk.field.created')}</dt>
              <dd>{formatDate(record.created)}</dd>
            </div>
          ) : null}
        </dl>
      </header>
      <nav aria-label={t('record.tabsLabel')} className="record-tabs">
        <ul>
          {tabs.map((name) => (
            <li key={name}>
              <NavLink to={name}>{t(`desk.tab.${name}`)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="record-tab-panel">
        <Outlet context={record} />
      </div>
    </article>
  );
}
