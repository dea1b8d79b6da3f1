import { useTranslation } from '@/i18n/i18n-context';

/**
 * OBP's `kyc_status` is a boolean: the customer passed KYC or has not (yet); undefined when the server did not say
 * (an adapter's null). Text, not colour alone, carries it.
 */
export function KycBadge({ ok }: { ok: boolean | undefined }) {
  const t = useTranslation();
  if (ok === undefined) return <span className="badge">{t('customer.kycNotRecorded')}</span>;
  return <span className={`badge ${ok ? 'badge-ok' : 'badge-warning'}`}>{ok ? t('customer.kycVerified') : t('customer.kycNotVerified')}</span>;
}
