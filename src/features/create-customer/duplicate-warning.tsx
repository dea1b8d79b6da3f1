import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { customerQueries } from '@/api/resources/customers';
import type { CustomerSummary } from '@/api/wire/customers';
import { isUnreadable } from '@/api/wire/tolerant';
import { useI18n } from '@/i18n/i18n-context';
import { phoneLookupPattern, phoneNumberKey, type CountryCode } from '@/lib/phone-number';

/*
 * "Possible duplicate" while the create form is filled in: the mobile number is looked up with OBP's phone search
 * (its national digits with `%` between them, so "+44 07972 444 876" is found for "07972 444876"; hits are kept only
 * when they are the same number) and the customer number with OBP's number lookup. OBP has no search by email, so an
 * email cannot be checked before create.
 */

/** Quiet for this long after the last key press before a lookup goes out, so typing does not send a call per key. */
const TYPING_PAUSE_MS = 400;
const LOOKUP_PAGE = { page: 1, pageSize: 20 } as const;

function useSettled(value: string): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [value]);
  return settled;
}

type Props = { bankId: string; mobile: string; customerNumber: string; region: CountryCode };

type Match = { customer: CustomerSummary; reasons: Array<'mobile' | 'number'> };

export function DuplicateWarning({ bankId, mobile, customerNumber, region }: Props) {
  const { t } = useI18n();
  const settledMobile = useSettled(mobile.trim());
  const settledNumber = useSettled(customerNumber.trim());
  const pattern = phoneLookupPattern(settledMobile, region);
  const mobileKey = phoneNumberKey(settledMobile, region);
  const phone = useQuery({ ...customerQueries.phoneSearch(bankId, pattern ?? '', LOOKUP_PAGE), enabled: pattern !== undefined, retry: false });
  const number = useQuery({
    ...customerQueries.search(bankId, { mode: 'number', query: settledNumber, page: 1, pageSize: 1, sort: 'desc' }),
    enabled: settledNumber !== '',
    retry: false,
  });

  const matches = new Map<string, Match>();
  const add = (customer: CustomerSummary, reason: 'mobile' | 'number') => {
    const match = matches.get(customer.customerId) ?? { customer, reasons: [] };
    match.reasons.push(reason);
    matches.set(customer.customerId, match);
  };
  if (pattern !== undefined && mobileKey !== undefined) {
    for (const row of phone.data?.customers ?? []) {
      if (!isUnreadable(row) && phoneNumberKey(row.mobilePhoneNumber, region) === mobileKey) add(row, 'mobile');
    }
  }
  if (settledNumber !== '') {
    for (const row of number.data?.customers ?? []) {
      if (!isUnreadable(row) && row.customerNumber === settledNumber) add(row, 'number');
    }
  }

  return (
    <div aria-live="polite" className="duplicate-warning-region">
      {matches.size > 0 ? (
        <div className="alert alert-warning duplicate-warning">
          <p className="alert-title">{t('createCustomer.duplicate.title', { count: matches.size })}</p>
          <ul>
            {[...matches.values()].map(({ customer, reasons }) => (
              <li key={customer.customerId}>
                <Link to={`/banks/${encodeURIComponent(bankId)}/customers/${encodeURIComponent(customer.customerId)}/identity`}>
                  {t('createCustomer.duplicate.match', { name: customer.legalName, number: customer.customerNumber })}
                </Link>{' '}
                <span className="muted">
                  {reasons.map((reason) => t(reason === 'mobile' ? 'createCustomer.duplicate.sameMobile' : 'createCustomer.duplicate.sameNumber')).join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
