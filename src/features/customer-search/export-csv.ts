import { everySearchResult, type CustomerSearch } from '@/api/resources/customers';
import type { CustomerRow } from '@/api/wire/customers';
import { isUnreadable } from '@/api/wire/tolerant';
import type { Translate } from '@/i18n/i18n-context';
import { csvFileName, downloadFile, toCsv } from '@/lib/csv';

/*
 * What "Download CSV" runs, in its own chunk: the search page's first paint needs only the button, so the export's
 * code (and the CSV writer it loads) comes when someone asks for a file (`export-results.tsx`).
 */

/** The columns the results table shows, headed in the user's language; an unreadable row says so in the name column. */
export function customerCsvRows(customers: readonly CustomerRow[], t: Translate): { header: string[]; rows: string[][] } {
  const kyc = (ok: boolean | undefined) => t(ok === undefined ? 'customer.kycNotRecorded' : ok ? 'customer.kycVerified' : 'customer.kycNotVerified');
  return {
    header: [t('customer.legalName'), t('customer.customerNumber'), t('customer.mobilePhoneNumber'), t('customer.email'), t('customer.kycStatus')],
    rows: customers.map((customer) =>
      isUnreadable(customer)
        ? [t('customer.unreadableRow', { id: customer.id || '?' }), '', '', '', t('customer.unreadableProblem', { problem: customer.problem })]
        : [customer.legalName || t('customer.noName'), customer.customerNumber, customer.mobilePhoneNumber, customer.email, kyc(customer.kycStatus)],
    ),
  };
}

/** Reads every page of the search, writes the CSV and hands it to the browser; resolves with the number of rows. */
export async function downloadSearchCsv(
  bankId: string,
  search: CustomerSearch,
  t: Translate,
  signal: AbortSignal,
  onProgress: (rows: number) => void,
): Promise<number> {
  const customers = await everySearchResult(bankId, search, signal, onProgress);
  const { header, rows } = customerCsvRows(customers, t);
  downloadFile(await toCsv(header, rows), csvFileName(['customers', bankId, search.mode]));
  return customers.length;
}
