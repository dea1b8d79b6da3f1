import { useEffect, useRef, useState } from 'react';
import { everySearchResult, type CustomerSearch } from '@/api/resources/customers';
import type { CustomerRow } from '@/api/wire/customers';
import { isUnreadable } from '@/api/wire/tolerant';
import { describeError } from '@/components/describe-error';
import { useI18n, type Translate } from '@/i18n/i18n-context';
import { csvFileName, downloadFile, toCsv } from '@/lib/csv';

type Progress = { state: 'idle' } | { state: 'running'; rows: number } | { state: 'done'; rows: number } | { state: 'failed'; message: string };

/** The columns the results table shows, headed in the user's language; an unreadable row says so in the name column. */
export function customerCsvRows(customers: readonly CustomerRow[], t: Translate): { header: string[]; rows: string[][] } {
  const kyc = (ok: boolean | undefined) => t(ok === undefined ? 'customer.kycNotRecorded' : ok ? 'customer.kycVerified' : 'customer.kycNotVerified');
  return {
    header: [t('customer.legalName'), t('customer.customerNumber'), t('customer.mobilePhoneNumber'), t('customer.email'), t('customer.kycStatus')],
    rows: customers.map((customer) =>
      isUnreadable(customer)
        ? [t('customer.unreadableRow', { id: customer.id || '?' }), '', '', '', t('customer.unreadableProblem', { problem: customer.problem })]
        : [customer.legal_name || t('customer.noName'), customer.customer_number, customer.mobile_phone_number, customer.email, kyc(customer.kyc_status)],
    ),
  };
}

/** "Download CSV": every page of the applied search, as the table shows it; says how far it got and can be left. */
export function ExportResults({ bankId, search }: { bankId: string; search: CustomerSearch }) {
  const { t } = useI18n();
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const running = useRef<AbortController | undefined>(undefined);
  const searchKey = JSON.stringify([bankId, search]);

  // A new search, or leaving the page, stops an export that is still reading pages.
  useEffect(() => {
    setProgress({ state: 'idle' });
    return () => running.current?.abort();
  }, [searchKey]);

  const start = async () => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setProgress({ state: 'running', rows: 0 });
    try {
      const customers = await everySearchResult(bankId, search, controller.signal, (rows) => setProgress({ state: 'running', rows }));
      const { header, rows } = customerCsvRows(customers, t);
      downloadFile(await toCsv(header, rows), csvFileName(['customers', bankId, search.mode]));
      setProgress({ state: 'done', rows: customers.length });
    } catch (error) {
      if (controller.signal.aborted) return;
      setProgress({ state: 'failed', message: describeError(error, t) });
    }
  };

  return (
    <div className="export-results">
      <button type="button" className="button" onClick={() => void start()} disabled={progress.state === 'running'}>
        {t('search.exportCsv')}
      </button>
      <span aria-live="polite" className="muted">
        {progress.state === 'running'
          ? t('search.exportRunning', { count: progress.rows })
          : progress.state === 'done'
            ? t('search.exportDone', { count: progress.rows })
            : progress.state === 'failed'
              ? t('search.exportFailed', { reason: progress.message })
              : ''}
      </span>
    </div>
  );
}
