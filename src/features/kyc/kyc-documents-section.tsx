import { zodResolver } from '@hookform/resolvers/zod';
import { KYC_FIELD_LIMITS } from '@/api/drafts/kyc';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Customer } from '@/api/wire/customers';
import type { KycDocument, KycMedia } from '@/api/wire/kyc';
import { TextField } from '@/components/field';
import { EnumerationField } from '@/components/enumeration-field';
import { GatedButton } from '@/components/role-requirement';
import { useI18n } from '@/i18n/i18n-context';
import { usePermission } from '@/lib/permissions';
import { useDisclosure } from '@/lib/use-disclosure';
import { documentExpiry, EXPIRY_WARNING_DAYS, localToday, type DocumentExpiry } from './document-expiry';
import type { MediaByOwner } from './kyc-history';
import { KycItemVersions } from './kyc-item-versions';
import { KycMediaList } from './kyc-media-list';
import { documentDraft, kycDocumentFormSchema, type KycDocumentFormValues } from './kyc-form-schema';
import { useAddKycDocument } from '@/api/resources/kyc';
import { kycQueries } from '@/api/resources/kyc';
import { KycReadState } from './kyc-read-state';
import { useEnumerationLabel } from '@/lib/enumerations';
import { ErrorText } from '@/components/error-message';

type Props = {
  bankId: string;
  customer: Customer;
  media: MediaByOwner | undefined;
  /** False when the user's roles never allow the write: the KYC tab lists it instead. */
  writeShown: boolean;
};

export const DOCUMENT_TYPE_KEYS = ['passport', 'nationalIdCard', 'drivingLicence', 'residencePermit'] as const;

export function KycDocumentsSection({ bankId, customer, media, writeShown }: Props) {
  const { t, formatDate } = useI18n();
  const headingId = useId();
  const readPermission = usePermission('getKycDocuments', bankId);
  const writePermission = usePermission('addKycDocument', bankId);
  const documents = useQuery({ ...kycQueries.documents(customer.customerId), enabled: readPermission.allowed });
  const form = useDisclosure();
  const [announcement, setAnnouncement] = useState('');
  const today = localToday();
  // Documents are calendar days (midnight UTC): shown in UTC so no time zone moves them to another day.
  const day = (value: string | undefined) => (value ? formatDate(value, { dateStyle: 'medium', timeZone: 'UTC' }) : t('common.notRecorded'));

  return (
    <section aria-labelledby={headingId} className="kyc-section">
      <div className="kyc-section-header">
        <h3 id={headingId}>{t('kyc.documents.title')}</h3>
        {form.open || !writeShown ? null : (
          <GatedButton
            id={form.toggleId}
            permission={writePermission}
            onClick={() => {
              setAnnouncement('');
              form.show();
            }}
          >
            {t('kyc.documents.add')}
          </GatedButton>
        )}
      </div>
      <p role="status" className="kyc-announcement">
        {announcement}
      </p>
      {form.open ? (
        <KycDocumentForm
          bankId={bankId}
          customer={customer}
          onCancel={form.hide}
          onSaved={() => {
            setAnnouncement(t('kyc.documents.saved'));
            form.hide();
          }}
        />
      ) : null}
      <KycReadState
        permission={readPermission}
        query={documents}
        requiresKey="kyc.documents.readRequires"
        loadingLabel={t('kyc.documents.loading')}
      >
        {(list) => {
          if (list.length === 0) return <p className="empty-state">{t('kyc.documents.none')}</p>;
          const expiries = new Map(list.map((document) => [document.id, documentExpiry(document.expiryDate, today)]));
          const expired = [...expiries.values()].filter((expiry) => expiry.state === 'expired').length;
          const soon = [...expiries.values()].filter((expiry) => expiry.state === 'expires-soon').length;
          return (
            <>
              {expired || soon ? (
                <p className="alert alert-warning kyc-expiry-summary">
                  {[
                    expired ? t('kyc.documents.expiredCount', { count: expired }) : '',
                    soon ? t('kyc.documents.expiringCount', { count: soon, days: EXPIRY_WARNING_DAYS }) : '',
                  ]
                    .filter(Boolean)
                    .join(' ')}
                </p>
              ) : null}
              <ul className="kyc-items" aria-labelledby={headingId}>
                {list.map((document) => (
                  <DocumentItem
                    key={document.id}
                    bankId={bankId}
                    document={document}
                    expiry={expiries.get(document.id) ?? { state: 'none' }}
                    day={day}
                    media={media?.byDocument.get(document.id) ?? (media ? [] : undefined)}
                  />
                ))}
              </ul>
            </>
          );
        }}
      </KycReadState>
    </section>
  );
}

type ItemProps = {
  bankId: string;
  document: KycDocument;
  expiry: DocumentExpiry;
  day: (value: string | undefined) => string;
  media: readonly KycMedia[] | undefined;
};

function DocumentItem({ bankId, document, expiry, day, media }: ItemProps) {
  const { t } = useI18n();
  const label = useEnumerationLabel();
  return (
    <li className={`kyc-item${expiry.state === 'expired' ? ' kyc-item-expired' : ''}`}>
      <h4>
        {label('documentType', document.type) || t('kyc.documents.typeNotRecorded')} <span className="kyc-document-number">{document.number}</span>
      </h4>
      <ExpiryFlag expiry={expiry} />
      <dl className="kyc-item-fields">
        <div>
          <dt>{t('kyc.documents.number')}</dt>
          <dd>{document.number || t('common.notRecorded')}</dd>
        </div>
        <div>
          <dt>{t('kyc.documents.issueDate')}</dt>
          <dd>{day(document.issueDate)}</dd>
        </div>
        <div>
          <dt>{t('kyc.documents.expiryDate')}</dt>
          <dd>{day(document.expiryDate)}</dd>
        </div>
        <div>
          <dt>{t('kyc.documents.issuePlace')}</dt>
          <dd>{document.issuePlace || t('common.notRecorded')}</dd>
        </div>
      </dl>
      <KycItemVersions kind="document" bankId={bankId} customerId={document.customerId} itemId={document.id} />
      {media ? (
        <div className="kyc-item-media">
          <h5>{t('kyc.media.title')}</h5>
          <KycMediaList media={media} />
        </div>
      ) : null}
    </li>
  );
}

/** Expired and soon-expiring documents say so in words and a badge, never by colour alone. */
export function ExpiryFlag({ expiry }: { expiry: DocumentExpiry }) {
  const { t } = useI18n();
  switch (expiry.state) {
    case 'expired':
      return (
        <p className="kyc-expiry">
          <span className="badge badge-danger">{t('kyc.documents.expired')}</span>{' '}
          {t('kyc.documents.expiredAgo', { count: expiry.daysAgo })}
        </p>
      );
    case 'expires-soon':
      return (
        <p className="kyc-expiry">
          <span className="badge badge-warning">{t('kyc.documents.expiresSoon')}</span>{' '}
          {expiry.daysLeft === 0 ? t('kyc.documents.expiresToday') : t('kyc.documents.expiresIn', { count: expiry.daysLeft })}
        </p>
      );
    case 'valid':
      return (
        <p className="kyc-expiry">
          <span className="badge badge-ok">{t('kyc.documents.valid')}</span>
        </p>
      );
    case 'none':
      return null;
  }
}

type FormProps = { bankId: string; customer: Customer; onCancel: () => void; onSaved: () => void };

function KycDocumentForm({ bankId, customer, onCancel, onSaved }: FormProps) {
  const { t } = useI18n();
  const titleId = useId();
  const mutation = useAddKycDocument(bankId, customer.customerId);
  const [documentId] = useState(() => crypto.randomUUID());
  const {
    register,
    control,
    handleSubmit,
    setFocus,
    formState: { errors },
  } = useForm<KycDocumentFormValues>({
    resolver: zodResolver(kycDocumentFormSchema),
    defaultValues: { type: '', number: '', issueDate: '', expiryDate: '', issuePlace: '' },
  });
  const error = (message: string | undefined) => (message ? t(message) : undefined);

  useEffect(() => setFocus('type'), [setFocus]);

  const submit = handleSubmit(async (values) => {
    try {
      await mutation.mutateAsync({ id: documentId, draft: documentDraft(values, customer.customerNumber) });
      onSaved();
    } catch {
      // Shown below from mutation.error; every value stays as typed.
    }
  });

  return (
    <form className="kyc-form" aria-labelledby={titleId} noValidate onSubmit={submit}>
      <h4 id={titleId}>{t('kyc.documents.formTitle')}</h4>
      <fieldset disabled={mutation.isPending}>
        <div className="form-grid">
          <EnumerationField
            control={control}
            name="type"
            enumeration="documentType"
            label={t('kyc.documents.type')}
            emptyLabel={t('common.choose')}
            maxLength={KYC_FIELD_LIMITS.documentType}
            error={error(errors.type?.message)}
          />
          <TextField
            label={t('kyc.documents.number')}
            hint={t('kyc.documents.numberHint', { max: KYC_FIELD_LIMITS.documentNumber })}
            autoComplete="off"
            spellCheck={false}
            error={error(errors.number?.message)}
            {...register('number')}
          />
          <TextField type="date" label={t('kyc.documents.issueDate')} error={error(errors.issueDate?.message)} {...register('issueDate')} />
          <TextField
            type="date"
            label={t('kyc.documents.expiryDate')}
            hint={t('kyc.documents.expiryHint')}
            error={error(errors.expiryDate?.message)}
            {...register('expiryDate')}
          />
        </div>
        <TextField
          label={t('kyc.documents.issuePlace')}
          hint={t('kyc.documents.issuePlaceHint', { max: KYC_FIELD_LIMITS.issuePlace })}
          error={error(errors.issuePlace?.message)}
          {...register('issuePlace')}
        />
        {mutation.isError ? (
          <div role="alert" className="alert alert-error">
            <ErrorText error={mutation.error} />
          </div>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {mutation.isPending ? t('kyc.saving') : t('kyc.documents.submit')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
