import { useQuery } from '@tanstack/react-query';
import { kycQueries, kycTruthOf } from '@/api/resources/kyc';
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
  customer: Pick<Customer, 'customer_id' | 'kyc_status'>;
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
 */
export function KycStatusBadge({ bankId, customer, statuses, className }: KycStatusBadgeProps) {
  const { t, formatDate } = useI18n();
  const canRead = usePermission('getKycStatuses', bankId);
  const query = useQuery({ ...kycQueries.statuses(customer.customer_id), enabled: statuses === 'fetch' && canRead.allowed });
  const truth = kycTruthOf(customer.kyc_status, canRead.allowed ? query.data?.rows : undefined);
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
