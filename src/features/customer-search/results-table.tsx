import { useRef, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import type { CustomerRow } from '@/api/wire/customers';
import { isUnreadable } from '@/api/wire/tolerant';
import { KycStatusBadge } from '@/components/kyc-badge';
import { useTranslation } from '@/i18n/i18n-context';

type Props = { bankId: string; customers: CustomerRow[]; caption: string };

/** Arrow keys move between rows; Enter on a row opens the record (each row's name is the link). */
export function ResultsTable({ bankId, customers, caption }: Props) {
  const t = useTranslation();
  const bodyRef = useRef<HTMLTableSectionElement>(null);

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
      <tbody ref={bodyRef} onKeyDown={moveFocus}>
        {customers.map((customer, index) =>
          isUnreadable(customer) ? (
            // One row the console cannot read never blanks the list: it says which record and what was wrong.
            <tr key={`unreadable-${index}`} className="row-unreadable">
              <th scope="row">
                {customer.id ? (
                  <Link data-row-link to={`/banks/${encodeURIComponent(bankId)}/customers/${encodeURIComponent(customer.id)}`}>
                    {t('customer.unreadableRow', { id: customer.id })}
                  </Link>
                ) : (
                  t('customer.unreadableRow', { id: '?' })
                )}
              </th>
              <td colSpan={4}>{t('customer.unreadableProblem', { problem: customer.problem })}</td>
            </tr>
          ) : (
          <tr key={customer.customerId}>
            <th scope="row">
              <Link data-row-link to={`/banks/${encodeURIComponent(bankId)}/customers/${encodeURIComponent(customer.customerId)}`}>
                {customer.legalName || t('customer.noName')}
              </Link>
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
          ),
        )}
      </tbody>
    </table>
  );
}

/** Focus the first row's link (from the search box's ArrowDown). */
export function focusFirstResult(): boolean {
  const first = document.querySelector<HTMLAnchorElement>('#search-results a[data-row-link]');
  first?.focus();
  return Boolean(first);
}
