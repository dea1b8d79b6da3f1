import { useQuery, useQueryClient } from '@tanstack/react-query';
import { kycQueries, kycTruthOf, type KycTruth } from '@/api/resources/kyc';
import type { Customer } from '@/api/wire/customers';
import { useI18n, useTranslation } from '@/i18n/i18n-context';
import { usePermission } from '@/lib/permissions';

/**
 * OBP's `kyc_status` is a boolean: the customer passed KYC or has not (yet); undefined when the server did not say
 * (an adapter's null). Text, not colour alone, carries it.
 */
export function KycBadge({ ok }: { ok: boolean | undefined }) {
  const t = useTranslation();
  if (ok === undefined) return <span className="badge">{t('customer.kycNotRecorded')}</span>;
  return <span className={`badge ${ok ? 'badge-ok' : 'badge-warning'}`}>{ok ? t('customer.kycVerified') : t('customer.kycNotVerified')}</span>;
}

type KycStatusBadgeProps = {
  bankId: string;
  customer: Pick<Customer, 'customerId' | 'kycStatus'>;
  /**
   * `fetch`: read the customer's KYC statuses (the record's header and KYC tab, one customer). `cached`: use them only
   * if the console already holds them (a row of a list: twenty rows must not cost twenty requests).
   */
  statuses: 'fetch' | 'cached';
  className?: string;
};

/**
 * The customer's one KYC status, the same wherever it shows (issue 8 §7): the latest KYC status when the user may read
 * the statuses and one exists, else the customer's flag — labelled as which, since OBP does not keep the flag in step
 * with the statuses. Header, KYC tab and search rows read the same `kycQueries.statuses` key, so setting a status
 * (which refreshes it and the customer) changes all three.
 *
 * A row of a list (`cached`) whose statuses the console has never read shows the flag without touching the query
 * cache: a query made (and kept, with its timer) per row was a quarter of the first render of a page of results.
 * Setting a status refreshes the lists too, so the row is drawn again, and reads the statuses then held.
 */
export function KycStatusBadge(props: KycStatusBadgeProps) {
  const queryClient = useQueryClient();
  // One lookup by the key's hash (a `find` over the cache hashed the key once per query held, for every row).
  const held = queryClient.getQueryState(kycQueries.statuses(props.customer.customerId).queryKey) !== undefined;
  if (props.statuses === 'cached' && !held) return <KycTruthBadge truth={kycTruthOf(props.customer.kycStatus, undefined)} className={props.className} />;
  return <KycStatusBadgeFromStatuses {...props} />;
}

function KycStatusBadgeFromStatuses({ bankId, customer, statuses, className }: KycStatusBadgeProps) {
  const canRead = usePermission('getKycStatuses', bankId);
  const query = useQuery({ ...kycQueries.statuses(customer.customerId), enabled: statuses === 'fetch' && canRead.allowed });
  return <KycTruthBadge truth={kycTruthOf(customer.kycStatus, canRead.allowed ? query.data?.rows : undefined)} className={className} />;
}

function KycTruthBadge({ truth, className }: { truth: KycTruth; className: string | undefined }) {
  const { t, formatDate } = useI18n();
  const source =
    truth.source === 'customer-flag'
      ? t('customer.kycSourceFlag')
      : truth.date
        ? t('customer.kycSourceStatus', { date: formatDate(truth.date, { dateStyle: 'medium' }) })
        : t('customer.kycSourceStatusUndated');
  return (
    <span className={`kyc-truth${className ? ` ${className}` : ''}`}>
      <KycBadge ok={truth.ok} /> <span className="kyc-source">· {source}</span>
    </span>
  );
}
