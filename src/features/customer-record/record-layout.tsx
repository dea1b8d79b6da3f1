import { useSuspenseQuery } from '@tanstack/react-query';
import { useDocumentTitle } from '@/lib/document-title';
import { useId } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { KycStatusBadge } from '@/components/kyc-badge';
import { useI18n } from '@/i18n/i18n-context';
import { customerQueries } from '@/api/resources/customers';
import { WhyNote } from '@/components/role-requirement';
import { usePermission } from '@/lib/permissions';
import { GATED_TABS, RECORD_TABS } from './record-tabs';
import { useLastSearch } from '@/lib/last-search';

type Props = { bankId: string; customerId: string };

/** The customer's header and tab bar; each tab is its own route, and one tab's failure stays inside it. */
export function RecordLayout({ bankId, customerId }: Props) {
  const { t } = useI18n();
  const { data: customer } = useSuspenseQuery(customerQueries.detail(bankId, customerId));
  const headingId = useId();
  const activityReasonId = useId();
  const activity = usePermission(GATED_TABS.activity, bankId);
  const { pathname } = useLocation();
  const tab = RECORD_TABS.find((name) => pathname.endsWith(`/${name}`));
  useDocumentTitle(customer.legalName || t('customer.noName'), tab ? t(`record.tab.${tab}`) : undefined);
  const lastSearch = useLastSearch(bankId);
  return (
    <article className="page record" aria-labelledby={headingId}>
      {lastSearch === undefined ? null : (
        <p className="record-back">
          <Link to={`/banks/${encodeURIComponent(bankId)}/customers?${lastSearch}`}>{t('record.backToResults')}</Link>
        </p>
      )}
      <header className="record-header">
        <h1 id={headingId}>{customer.legalName || t('customer.noName')}</h1>
        <dl className="record-summary">
          <div>
            <dt>{t('customer.customerNumber')}</dt>
            <dd>{customer.customerNumber}</dd>
          </div>
          <div>
            <dt>{t('customer.bank')}</dt>
            <dd>{customer.bankId}</dd>
          </div>
          <div>
            <dt>{t('customer.kycStatus')}</dt>
            <dd>
              <KycStatusBadge bankId={bankId} customer={customer} statuses="fetch" />
            </dd>
          </div>
        </dl>
        <Link className="button record-book-meeting" to={`/banks/${encodeURIComponent(bankId)}/meetings/new?customerId=${encodeURIComponent(customerId)}`}>
          {t('meetings.bookMeeting')}
        </Link>
      </header>
      <nav aria-label={t('record.tabsLabel')} className="record-tabs">
        <ul>
          {RECORD_TABS.map((tab) =>
            tab === 'activity' && !activity.allowed ? (
              // Not a link without the role: the tab says which role it needs (quietly, behind its lock "why?")
              // instead of failing once opened.
              <li key={tab} className="record-tab-disabled gated">
                <span role="link" aria-disabled="true" aria-describedby={activityReasonId}>
                  {t(`record.tab.${tab}`)}
                </span>
                <WhyNote permission={activity} id={activityReasonId} />
              </li>
            ) : (
              <li key={tab}>
                <NavLink to={tab}>{t(`record.tab.${tab}`)}</NavLink>
              </li>
            ),
          )}
        </ul>
      </nav>
      <div className="record-tab-panel">
        <Outlet />
      </div>
    </article>
  );
}
