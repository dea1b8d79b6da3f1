import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { UnavailableActions } from '@/components/role-requirement';
import { useI18n } from '@/i18n/i18n-context';
import { customerQueries } from '@/api/resources/customers';
import { sortActions } from '@/lib/gated-actions';
import { usePermission } from '@/lib/permissions';
import { KycChecksSection } from './kyc-checks-section';
import { KycDocumentsSection } from './kyc-documents-section';
import { placeMedia } from './kyc-history';
import { KycMediaSection } from './kyc-media-section';
import { kycQueries } from '@/api/resources/kyc';
import { KycStatusSection } from './kyc-status-section';
import './kyc.css';

type Props = { bankId: string; customerId: string };

/** Status and its history, checks, documents (with expiry flags) and media, each loading and failing on its own. */
export function KycTab({ bankId, customerId }: Props) {
  const { t } = useI18n();
  const { data: customer } = useSuspenseQuery(customerQueries.detail(bankId, customerId));
  const canReadChecks = usePermission('getKycChecks', bankId);
  const canReadDocuments = usePermission('getKycDocuments', bankId);
  const canReadMedia = usePermission('getKycMedia', bankId);
  // The writes the user's roles never allow are listed once under the heading, not a disabled button in each section.
  const actions = sortActions({
    status: { label: t('kyc.status.set'), permission: usePermission('addKycStatus', bankId) },
    check: { label: t('kyc.checks.add'), permission: usePermission('addKycCheck', bankId) },
    document: { label: t('kyc.documents.add'), permission: usePermission('addKycDocument', bankId) },
    media: { label: t('kyc.media.add'), permission: usePermission('addKycMedia', bankId) },
  });
  // The same queries the sections read (React Query shares them): media are placed under what they relate to.
  const checks = useQuery({ ...kycQueries.checks(customerId), enabled: canReadChecks.allowed });
  const documents = useQuery({ ...kycQueries.documents(customerId), enabled: canReadDocuments.allowed });
  const media = useQuery({ ...kycQueries.media(customerId), enabled: canReadMedia.allowed });

  const placed = useMemo(
    () =>
      media.data
        ? placeMedia(
            media.data.rows,
            new Set(documents.data?.rows.map((document) => document.id)),
            new Set(checks.data?.rows.map((check) => check.id)),
          )
        : undefined,
    [media.data, documents.data, checks.data],
  );

  return (
    <section aria-labelledby="kyc-title" className="tab-section kyc-tab">
      <h2 id="kyc-title">{t('record.tab.kyc')}</h2>
      <UnavailableActions actions={actions.unavailable} />
      <KycStatusSection bankId={bankId} customer={customer} writeShown={actions.shown.status} />
      <KycChecksSection bankId={bankId} customer={customer} media={placed} writeShown={actions.shown.check} />
      <KycDocumentsSection bankId={bankId} customer={customer} media={placed} writeShown={actions.shown.document} />
      <KycMediaSection
        bankId={bankId}
        customer={customer}
        media={media}
        readPermission={canReadMedia}
        placed={placed}
        documents={documents.data?.rows}
        checks={checks.data?.rows}
        writeShown={actions.shown.media}
      />
    </section>
  );
}
