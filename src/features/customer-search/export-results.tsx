import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { customerQueries, type CustomerSearch } from '@/api/resources/customers';
import type { CustomerSummary } from '@/api/wire/customers';
import { isUnreadable } from '@/api/wire/tolerant';
import { useI18n } from '@/i18n/i18n-context';
import { downloadCsv } from '@/lib/csv';

/** Pages read for the file: as large as OBP lists go by default (the sandbox's SEARCH_RESULT_CEILING). */
const EXPORT_PAGE_SIZE = 500;
/** At most this many rows: past it the file would be an extract of the bank, not of a search. */
const MAX_ROWS = 10_000;

/**
 * "Download CSV": every page of the current search (not only the one showing), the columns the table shows with
 * their headings in the user's language. The pages are read through the search's own queries, so what is cached is
 * reused.
 */
export function ExportResultsButton({ bankId, search }: { bankId: string; search: CustomerSearch }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [state, setState] = useState<'idle' | 'working' | 'failed'>('idle');

  const kyc = (ok: boolean | undefined) =>
    ok === undefined ? t('customer.kycNotRecorded') : ok ? t('customer.kycVerified') : t('customer.kycNotVerified');

  const run = async () => {
    setState('working');
    try {
      const customers: CustomerSummary[] = [];
      for (let page = 1; customers.length < MAX_ROWS; page += 1) {
        const results = await queryClient.fetchQuery(customerQueries.search(bankId, { ...search, page, pageSize: EXPORT_PAGE_SIZE }));
        customers.push(...results.customers.filter((row): row is CustomerSummary => !isUnreadable(row)));
        if (!results.hasNext) break;
      }
      await downloadCsv(`customers-${bankId}.csv`, {
        headers: [t('customer.legalName'), t('customer.customerNumber'), t('customer.mobilePhoneNumber'), t('customer.email'), t('customer.kycStatus')],
        rows: customers
          .slice(0, MAX_ROWS)
          .map((customer) => [customer.legal_name, customer.customer_number, customer.mobile_phone_number, customer.email, kyc(customer.kyc_status)]),
      });
      setState('idle');
    } catch {
      setState('failed');
    }
  };

  return (
    <span className="export-action">
      <button type="button" className="button" onClick={() => void run()} disabled={state === 'working'}>
        {state === 'working' ? t('search.exporting') : t('search.exportCsv')}
      </button>
      {state === 'failed' ? (
        <span role="alert" className="field-error">
          {t('search.exportFailed')}
        </span>
      ) : null}
    </span>
  );
}
