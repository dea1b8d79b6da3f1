import { useQueries, useQuery } from '@tanstack/react-query';
import { kycQueries } from '@/api/resources/kyc';
import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { customerQueries } from '@/api/resources/customers';
import { meetingQueries } from '@/api/resources/meetings';
import { useCurrentUser } from '@/api/resources/users';
import type { Meeting } from '@/api/wire/meetings';
import type { CustomerRow, CustomerSummary } from '@/api/wire/customers';
import { isUnreadable } from '@/api/wire/tolerant';
import { ErrorMessage } from '@/components/error-message';
import { EmptyState, Loading } from '@/components/loading';
import { KycBadge } from '@/components/kyc-badge';
import { useI18n } from '@/i18n/i18n-context';
import { useDocumentTitle } from '@/lib/document-title';
import { useFormat } from '@/lib/format';
import { useMeetingLabels } from '@/lib/meeting-labels';
import { usePermission } from '@/lib/permissions';
import { daysToExpiry, meetingsOf, upcoming } from './home-model';
import './home.css';

/**
 * The customers read for "not verified": OBP cannot filter its list by KYC status, so the first page of the bank's
 * customers by last KYC check, oldest first (never checked first), is read and filtered here.
 */
const NEWEST_CUSTOMERS = { page: 1, pageSize: 100 } as const;

function Panel({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="home-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * Today's work at a glance: the user's meetings today and this week, the customers linked to them (relationship
 * managers) and, for those who set KYC statuses, the newest customers not yet verified. Each entry is a link.
 */
export function HomePage({ bankId }: { bankId: string }) {
  const { t } = useI18n();
  useDocumentTitle(t('home.title'));
  const headingId = useId();
  const user = useCurrentUser();
  const canSeeMeetings = usePermission('getMeetings', bankId);
  const canSeeMine = usePermission('getMyCustomersAtBank', bankId);
  const isKycOfficer = usePermission('addKycStatus', bankId).allowed;
  const canBrowse = usePermission('getCustomersAtBank', bankId);
  const canReadDocuments = usePermission('getKycDocuments', bankId);
  return (
    <section className="page home" aria-labelledby={headingId}>
      <h1 id={headingId}>{t('home.greeting', { name: user.data?.username ?? '' })}</h1>
      <div className="home-grid">
        {canSeeMeetings.allowed ? <MyMeetings bankId={bankId} /> : null}
        {canSeeMine.allowed ? <MyCustomers bankId={bankId} /> : null}
        {canSeeMine.allowed && canReadDocuments.allowed ? <ExpiringDocuments bankId={bankId} /> : null}
        {isKycOfficer && canBrowse.allowed ? <NotVerified bankId={bankId} /> : null}
      </div>
    </section>
  );
}

function MyMeetings({ bankId }: { bankId: string }) {
  const { t } = useI18n();
  const format = useFormat();
  const labels = useMeetingLabels();
  const user = useCurrentUser();
  const meetings = useQuery(meetingQueries.list(bankId));
  const item = (meeting: Meeting, showDay: boolean) => (
    <li key={meeting.meetingId}>
      <Link to={`/banks/${encodeURIComponent(bankId)}/meetings/${encodeURIComponent(meeting.meetingId)}`}>
        {showDay ? format.weekdayShort(meeting.when!) : format.time(meeting.when!)}
        {showDay ? `, ${format.time(meeting.when!)}` : ''} — {labels.purpose(meeting.purposeId)}
      </Link>{' '}
      <span className="muted">{meeting.invitees.map((invitee) => invitee.contactDetails.name).join(', ')}</span>
    </li>
  );
  let body: ReactNode;
  if (meetings.isPending || user.isPending) body = <Loading label={t('home.loadingMeetings')} />;
  else if (meetings.isError) body = <ErrorMessage error={meetings.error} onRetry={() => void meetings.refetch()} />;
  else if (user.isError) body = <ErrorMessage error={user.error} onRetry={() => void user.refetch()} />;
  else {
    const { today, week } = upcoming(meetingsOf(meetings.data.rows, user.data));
    body = (
      <>
        <h3>{t('home.today')}</h3>
        {today.length === 0 ? <EmptyState>{t('home.noMeetingsToday')}</EmptyState> : <ul className="home-list">{today.map((meeting) => item(meeting, false))}</ul>}
        <h3>{t('home.thisWeek')}</h3>
        {week.length === 0 ? <EmptyState>{t('home.noMeetingsThisWeek')}</EmptyState> : <ul className="home-list">{week.map((meeting) => item(meeting, true))}</ul>}
      </>
    );
  }
  return <Panel title={t('home.myMeetings')}>{body}</Panel>;
}

function CustomerList({ bankId, customers }: { bankId: string; customers: CustomerSummary[] }) {
  return (
    <ul className="home-list">
      {customers.map((customer) => (
        <li key={customer.customerId}>
          <Link to={`/banks/${encodeURIComponent(bankId)}/customers/${encodeURIComponent(customer.customerId)}/identity`}>{customer.legalName}</Link>{' '}
          <span className="muted">{customer.customerNumber}</span> <KycBadge ok={customer.kycStatus} />
        </li>
      ))}
    </ul>
  );
}

const readable = (rows: readonly CustomerRow[]) => rows.filter((row): row is CustomerSummary => !isUnreadable(row));

/** The customers linked to the user (the first 20): one query, shared by two panels. */
const myCustomersQuery = (bankId: string) => customerQueries.search(bankId, { mode: 'mine', query: '', page: 1, pageSize: 20, sort: 'desc' });

/**
 * Identity documents of the user's customers expiring within 30 days. OBP lists KYC documents only per customer, so
 * the documents of the customers linked to the user are read (at most 20 lists).
 */
function ExpiringDocuments({ bankId }: { bankId: string }) {
  const { t } = useI18n();
  const format = useFormat();
  const mine = useQuery(myCustomersQuery(bankId));
  const customers = mine.data ? readable(mine.data.customers) : [];
  const documents = useQueries({ queries: customers.map((customer) => kycQueries.documents(customer.customerId)) });
  let body: ReactNode;
  if (mine.isPending || documents.some((query) => query.isPending)) body = <Loading label={t('home.loadingDocuments')} />;
  else if (mine.isError) body = <ErrorMessage error={mine.error} onRetry={() => void mine.refetch()} />;
  else {
    const expiring = customers
      .flatMap((customer, index) =>
        (documents[index]?.data?.rows ?? []).map((document) => ({ customer, document, days: daysToExpiry(document.expiryDate) })),
      )
      .filter((entry): entry is typeof entry & { days: number } => entry.days !== undefined)
      .sort((left, right) => left.days - right.days);
    const failed = documents.filter((query) => query.isError).length;
    body = (
      <>
        {expiring.length === 0 ? (
          <EmptyState>{t('home.noExpiringDocuments')}</EmptyState>
        ) : (
          <ul className="home-list">
            {expiring.map(({ customer, document, days }) => (
              <li key={`${customer.customerId}/${document.id}`}>
                <Link to={`/banks/${encodeURIComponent(bankId)}/customers/${encodeURIComponent(customer.customerId)}/kyc`}>
                  {t('home.documentOf', { type: document.type, number: document.number, name: customer.legalName })}
                </Link>{' '}
                <span className="badge badge-warning">{t('home.expiresIn', { count: days, date: format.day(document.expiryDate!) })}</span>
              </li>
            ))}
          </ul>
        )}
        {failed > 0 ? <p className="field-error">{t('home.documentsUnread', { count: failed })}</p> : null}
      </>
    );
  }
  return <Panel title={t('home.expiringDocuments')}>{body}</Panel>;
}

function MyCustomers({ bankId }: { bankId: string }) {
  const { t } = useI18n();
  const mine = useQuery(myCustomersQuery(bankId));
  let body: ReactNode;
  if (mine.isPending) body = <Loading label={t('home.loadingCustomers')} />;
  else if (mine.isError) body = <ErrorMessage error={mine.error} onRetry={() => void mine.refetch()} />;
  else {
    const customers = readable(mine.data.customers);
    body = customers.length === 0 ? <EmptyState>{t('home.noCustomers')}</EmptyState> : <CustomerList bankId={bankId} customers={customers} />;
  }
  return (
    <Panel title={t('home.myCustomers')}>
      {body}
      <p>
        <Link to={`/banks/${encodeURIComponent(bankId)}/customers?by=mine`}>{t('home.allMyCustomers')}</Link>
      </p>
    </Panel>
  );
}

function NotVerified({ bankId }: { bankId: string }) {
  const { t } = useI18n();
  const newest = useQuery(customerQueries.search(bankId, { mode: 'browse', query: '', ...NEWEST_CUSTOMERS, sort: 'asc' }));
  let body: ReactNode;
  if (newest.isPending) body = <Loading label={t('home.loadingCustomers')} />;
  else if (newest.isError) body = <ErrorMessage error={newest.error} onRetry={() => void newest.refetch()} />;
  else {
    const customers = readable(newest.data.customers).filter((customer) => customer.kycStatus !== true).slice(0, 20);
    body = customers.length === 0 ? <EmptyState>{t('home.allVerified')}</EmptyState> : <CustomerList bankId={bankId} customers={customers} />;
  }
  return (
    <Panel title={t('home.notVerified')}>
      <p className="muted">{t('home.notVerifiedScope', { count: NEWEST_CUSTOMERS.pageSize })}</p>
      {body}
    </Panel>
  );
}
