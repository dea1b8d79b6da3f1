import { zodResolver } from '@hookform/resolvers/zod';
import { KYC_FIELD_LIMITS } from '@/api/drafts/kyc';
import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Customer } from '@/api/wire/customers';
import type { KycCheck, KycDocument, KycMedia } from '@/api/wire/kyc';
import type { RowsRead } from '@/api/wire/tolerant';
import { SelectField, TextField } from '@/components/field';
import { GatedButton } from '@/components/role-requirement';
import { useI18n } from '@/i18n/i18n-context';
import { nowAsObpDate, obpDateToLocalDateTime } from '@/lib/obp-dates';
import { usePermission, type Permission } from '@/lib/permissions';
import { useDisclosure } from '@/lib/use-disclosure';
import type { MediaByOwner } from './kyc-history';
import { KycMediaList } from './kyc-media-list';
import { kycMediaFormSchema, mediaDraft, type KycMediaFormValues } from './kyc-form-schema';
import { useAddKycMedia } from '@/api/resources/kyc';
import { KycReadState } from './kyc-read-state';
import { ErrorText } from '@/components/error-message';

type Props = {
  bankId: string;
  customer: Customer;
  media: UseQueryResult<RowsRead<KycMedia>>;
  readPermission: Permission;
  placed: MediaByOwner | undefined;
  documents: KycDocument[] | undefined;
  checks: KycCheck[] | undefined;
  /** False when the user's roles never allow adding media: the KYC tab lists it instead. */
  writeShown: boolean;
};

export const MEDIA_TYPE_KEYS = ['scan', 'photo', 'video', 'audio'] as const;

export function KycMediaSection({ bankId, customer, media, readPermission, placed, documents, checks, writeShown }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  const writePermission = usePermission('addKycMedia', bankId);
  const form = useDisclosure();
  const [announcement, setAnnouncement] = useState('');
  const nothingToLink = documents !== undefined && checks !== undefined && documents.length === 0 && checks.length === 0;

  return (
    <section aria-labelledby={headingId} className="kyc-section">
      <div className="kyc-section-header">
        <h3 id={headingId}>{t('kyc.media.title')}</h3>
        {form.open || !writeShown ? null : (
          <GatedButton
            id={form.toggleId}
            permission={writePermission}
            disabled={nothingToLink}
            onClick={() => {
              setAnnouncement('');
              form.show();
            }}
          >
            {t('kyc.media.add')}
          </GatedButton>
        )}
      </div>
      <p className="field-hint">{nothingToLink ? t('kyc.media.nothingToLink') : t('kyc.media.intro')}</p>
      <p role="status" className="kyc-announcement">
        {announcement}
      </p>
      {form.open ? (
        <KycMediaForm
          bankId={bankId}
          customer={customer}
          documents={documents}
          checks={checks}
          onCancel={form.hide}
          onSaved={() => {
            setAnnouncement(t('kyc.media.saved'));
            form.hide();
          }}
        />
      ) : null}
      <KycReadState permission={readPermission} query={media} requiresKey="kyc.media.readRequires" loadingLabel={t('kyc.media.loading')}>
        {(list) => {
          if (list.length === 0) return <p className="empty-state">{t('kyc.media.none')}</p>;
          const unplaced = placed?.unplaced ?? list;
          return (
            <>
              <p>{t('kyc.media.count', { count: list.length })}</p>
              {unplaced.length > 0 ? (
                <>
                  <h4>{t('kyc.media.unplacedTitle')}</h4>
                  <KycMediaList
                    media={unplaced}
                    describeOwner={(item) =>
                      item.relatesToKycDocumentId
                        ? t('kyc.media.relatesToDocumentId', { id: item.relatesToKycDocumentId })
                        : item.relatesToKycCheckId
                          ? t('kyc.media.relatesToCheckId', { id: item.relatesToKycCheckId })
                          : t('kyc.media.relatesToNothing')
                    }
                  />
                </>
              ) : null}
            </>
          );
        }}
      </KycReadState>
    </section>
  );
}

type FormProps = {
  bankId: string;
  customer: Customer;
  documents: KycDocument[] | undefined;
  checks: KycCheck[] | undefined;
  onCancel: () => void;
  onSaved: () => void;
};

function KycMediaForm({ bankId, customer, documents, checks, onCancel, onSaved }: FormProps) {
  const { t, formatDate } = useI18n();
  const titleId = useId();
  const listId = useId();
  const mutation = useAddKycMedia(bankId, customer.customerId);
  const [mediaId] = useState(() => crypto.randomUUID());
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors },
  } = useForm<KycMediaFormValues>({
    resolver: zodResolver(kycMediaFormSchema),
    defaultValues: {
      type: '',
      url: '',
      date: obpDateToLocalDateTime(nowAsObpDate()),
      relatesToKycDocumentId: documents?.length === 1 && !checks?.length ? documents[0]!.id : '',
      relatesToKycCheckId: '',
    },
  });
  const error = (message: string | undefined) => (message ? t(message) : undefined);

  useEffect(() => setFocus('type'), [setFocus]);

  const submit = handleSubmit(async (values) => {
    try {
      await mutation.mutateAsync({ id: mediaId, draft: mediaDraft(values, customer.customerNumber) });
      onSaved();
    } catch {
      // Shown below from mutation.error; every value stays as typed.
    }
  });

  const documentLabel = (document: KycDocument) =>
    [document.type, document.number, document.expiryDate ? t('kyc.media.expiresOn', { date: formatDate(document.expiryDate, { dateStyle: 'medium', timeZone: 'UTC' }) }) : '']
      .filter(Boolean)
      .join(' · ');
  const checkLabel = (check: KycCheck) =>
    [check.how, check.date ? formatDate(check.date, { dateStyle: 'medium', timeStyle: 'short' }) : '', check.staffName].filter(Boolean).join(' · ');

  return (
    <form className="kyc-form" aria-labelledby={titleId} noValidate onSubmit={submit}>
      <h4 id={titleId}>{t('kyc.media.formTitle')}</h4>
      <fieldset disabled={mutation.isPending}>
        <div className="form-grid">
          <TextField
            label={t('kyc.media.type')}
            hint={t('kyc.media.typeHint', { max: KYC_FIELD_LIMITS.mediaType })}
            list={listId}
            autoComplete="off"
            error={error(errors.type?.message)}
            {...register('type')}
          />
          <datalist id={listId}>
            {MEDIA_TYPE_KEYS.map((key) => (
              <option key={key} value={t(`kyc.media.types.${key}`)} />
            ))}
          </datalist>
          <TextField type="datetime-local" label={t('kyc.media.date')} hint={t('kyc.dateHint')} error={error(errors.date?.message)} {...register('date')} />
        </div>
        <TextField
          type="url"
          label={t('kyc.media.url')}
          hint={t('kyc.media.urlHint', { max: KYC_FIELD_LIMITS.mediaUrl })}
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          error={error(errors.url?.message)}
          {...register('url')}
        />
        <div className="form-grid">
          <SelectField
            label={t('kyc.media.document')}
            hint={documents === undefined ? t('kyc.media.documentsUnavailable') : undefined}
            error={error(errors.relatesToKycDocumentId?.message)}
            {...register('relatesToKycDocumentId')}
          >
            <option value="">{t('kyc.media.noDocument')}</option>
            {(documents ?? []).map((document) => (
              <option key={document.id} value={document.id}>
                {documentLabel(document)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('kyc.media.check')}
            hint={checks === undefined ? t('kyc.media.checksUnavailable') : undefined}
            {...register('relatesToKycCheckId')}
          >
            <option value="">{t('kyc.media.noCheck')}</option>
            {(checks ?? []).map((check) => (
              <option key={check.id} value={check.id}>
                {checkLabel(check)}
              </option>
            ))}
          </SelectField>
        </div>
        {mutation.isError ? (
          <div role="alert" className="alert alert-error">
            <ErrorText error={mutation.error} />
          </div>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {mutation.isPending ? t('kyc.saving') : t('kyc.media.submit')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
