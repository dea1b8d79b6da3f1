import { memo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import type { CustomerRow } from '@/api/wire/customers';
import { isUnreadable } from '@/api/wire/tolerant';
import { KycStatusBadge } from '@/components/kyc-badge';
import { useTranslation } from '@/i18n/i18n-context';

type Props = { bankId: string; customers: CustomerRow[]; caption: string };

/**
 * Arrow keys move between rows; Enter on a row opens the record (each row's name is the link).
 *
 * The row links are plain anchors with one click handler on the table body, which opens the record in the app as
 * react-router's `Link` would (a plain click; a modified or middle click is left to the browser: a new tab or window).
 * A `Link` per row cost the first page of a 20,000-row answer a quarter of its render: each one resolves its path and
 * subscribes to the location, and adds a layout effect to the commit.
 */
export function ResultsTable({ bankId, customers, caption }: Props) {
  const t = useTranslation();
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const navigate = useNavigate();

  const openRecord = (event: MouseEvent<HTMLTableSectionElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-row-link]');
    const to = link?.getAttribute('href');
    if (!to) return;
    event.preventDefault();
    void navigate(to);
  };

  const moveFocus = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...(bodyRef.current?.querySelectorAll<HTMLAnchorElement>('a[data-row-link]') ?? [])];
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? Math.min(links.length - 1, current + 1) : Math.max(0, current - 1);
    event.preventDefault();
    links[next]?.focus();
  };

  return (
    <table className="data-table" id="search-results">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('customer.legalName')}</th>
          <th scope="col">{t('customer.customerNumber')}</th>
          <th scope="col">{t('customer.mobilePhoneNumber')}</th>
          <th scope="col">{t('customer.email')}</th>
          <th scope="col">{t('customer.kycStatus')}</th>
        </tr>
      </thead>
      <tbody ref={bodyRef} onKeyDown={moveFocus} onClick={openRecord}>
        {customers.map((customer, index) => (
          <ResultRow key={isUnreadable(customer) ? `unreadable-${index}` : customer.customerId} bankId={bankId} customer={customer} />
        ))}
      </tbody>
    </table>
  );
}

const recordPath = (bankId: string, customerId: string) => `/banks/${encodeURIComponent(bankId)}/customers/${encodeURIComponent(customerId)}`;

/**
 * One row; rendered again only when its customer changes. A page of an unpaged answer keeps its rows (each read
 * once) while the rest of the answer arrives, so the table's later renders touch no row.
 */
const ResultRow = memo(function ResultRow({ bankId, customer }: { bankId: string; customer: CustomerRow }) {
  const t = useTranslation();
  if (isUnreadable(customer)) {
    return (
      // One row the console cannot read never blanks the list: it says which record and what was wrong.
      <tr className="row-unreadable">
        <th scope="row">
          {customer.id ? (
            <a data-row-link href={recordPath(bankId, customer.id)}>
              {t('customer.unreadableRow', { id: customer.id })}
            </a>
          ) : (
            t('customer.unreadableRow', { id: '?' })
          )}
        </th>
        <td colSpan={4}>{t('customer.unreadableProblem', { problem: customer.problem })}</td>
      </tr>
    );
  }
  return (
    <tr>
      <th scope="row">
        <a data-row-link href={recordPath(bankId, customer.customerId)}>
          {customer.legalName || t('customer.noName')}
        </a>
      </th>
      <td data-label={t('customer.customerNumber')}>{customer.customerNumber}</td>
      <td data-label={t('customer.mobilePhoneNumber')} className="phone">
        {customer.mobilePhoneNumber}
      </td>
      <td data-label={t('customer.email')}>{customer.email}</td>
      <td data-label={t('customer.kycStatus')}>
        <KycStatusBadge bankId={bankId} customer={customer} statuses="cached" />
      </td>
    </tr>
  );
});

/** Focus the first row's link (from the search box's ArrowDown). */
export function focusFirstResult(): boolean {
  const first = document.querySelector<HTMLAnchorElement>('#search-results a[data-row-link]');
  first?.focus();
  return Boolean(first);
}
