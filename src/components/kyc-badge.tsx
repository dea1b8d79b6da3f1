import { useTranslation } from '@/i18n/i18n-context';

/** OBP's `kyc_status` is a boolean: the customer passed KYC or has not (yet). Text, not colour alone, carries it. */
export function KycBadge({ ok }: { ok: boolean }) {
  const t = useTranslation();
  return <span className={`badge ${ok ? 'badge-ok' : 'badge-warning'}`}>{ok ? t('customer.kycVerified') : t('customer.kycNotVerified')}</span>;
}
