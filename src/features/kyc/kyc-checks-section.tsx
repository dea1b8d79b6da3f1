import { zodResolver } from '@hookform/resolvers/zod';
import { KYC_FIELD_LIMITS } from '@/api/drafts/kyc';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Customer } from '@/api/wire/customers';
import { TextAreaField, TextField } from '@/components/field';
import { EnumerationField } from '@/components/enumeration-field';
import { GatedButton } from '@/components/role-requirement';
import { useI18n } from '@/i18n/i18n-context';
import { useCurrentUser } from '@/api/resources/users';
import { nowAsObpDate, obpDateToLocalDateTime } from '@/lib/obp-dates';
import { usePermission } from '@/lib/permissions';
import { useDisclosure } from '@/lib/use-disclosure';
import type { MediaByOwner } from './kyc-history';
import { KycItemVersions } from './kyc-item-versions';
import { KycMediaList } from './kyc-media-list';
import { checkDraft, kycCheckFormSchema, type KycCheckFormValues } from './kyc-form-schema';
import { useAddKycCheck } from '@/api/resources/kyc';
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

export const CHECK_METHOD_KEYS = ['inPerson', 'videoCall', 'documentScan', 'electronicId'] as const;

export function KycChecksSection({ bankId, customer, media, writeShown }: Props) {
  const { t, formatDate } = useI18n();
  const label = useEnumerationLabel();
  const headingId = useId();
  const readPermission = usePermission('getKycChecks', bankId);
  const writePermission = usePermission('addKycCheck', bankId);
  const checks = useQuery({ ...kycQueries.checks(customer.customerId), enabled: readPermission.allowed });
  const form = useDisclosure();
  const [announcement, setAnnouncement] = useState('');

  return (
    <section aria-labelledby={headingId} className="kyc-section">
      <div className="kyc-section-header">
        <h3 id={headingId}>{t('kyc.checks.title')}</h3>
        {form.open || !writeShown ? null : (
          <GatedButton
            id={form.toggleId}
            permission={writePermission}
            onClick={() => {
              setAnnouncement('');
              form.show();
            }}
          >
            {t('kyc.checks.add')}
          </GatedButton>
        )}
      </div>
      <p role="status" className="kyc-announcement">
        {announcement}
      </p>
      {form.open ? (
        <KycCheckForm
          bankId={bankId}
          customer={customer}
          onCancel={form.hide}
          onSaved={() => {
            setAnnouncement(t('kyc.checks.saved'));
            form.hide();
          }}
        />
      ) : null}
      <KycReadState permission={readPermission} query={checks} requiresKey="kyc.checks.readRequires" loadingLabel={t('kyc.checks.loading')}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty-state">{t('kyc.checks.none')}</p>
          ) : (
            <ul className="kyc-items" aria-labelledby={headingId}>
              {list.map((check) => (
                <li key={check.id} className="kyc-item">
                  <h4>
                    {label('kycCheckMethod', check.how) || t('kyc.checks.methodNotRecorded')}
                    {check.date ? (
                      <span className="kyc-item-date">
                        {' · '}
                        <time dateTime={check.date}>{formatDate(check.date, { dateStyle: 'medium', timeStyle: 'short' })}</time>
                      </span>
                    ) : null}
                  </h4>
                  <dl className="kyc-item-fields">
                    <div>
                      <dt>{t('kyc.checks.satisfied')}</dt>
                      <dd>
                        {check.satisfied === undefined ? (
                          <span className="muted">{t('common.notRecorded')}</span>
                        ) : (
                          <span className={`badge ${check.satisfied ? 'badge-ok' : 'badge-warning'}`}>
                            {check.satisfied ? t('kyc.checks.satisfiedYes') : t('kyc.checks.satisfiedNo')}
                          </span>
                        )}
                      </dd>
                    </div>
                    <div>
                      <dt>{t('kyc.checks.staff')}</dt>
                      <dd>
                        {check.staffName || t('common.notRecorded')}
                        {check.staffUserId ? (
                          <>
                            {' '}
                            <code className="muted">{check.staffUserId}</code>
                          </>
                        ) : null}
                      </dd>
                    </div>
                    <div className="kyc-item-wide">
                      <dt>{t('kyc.checks.comments')}</dt>
                      <dd className="kyc-comments">{check.comments || <span className="muted">{t('common.notRecorded')}</span>}</dd>
                    </div>
                  </dl>
                  <KycItemVersions kind="check" bankId={bankId} customerId={customer.customerId} itemId={check.id} />
                  {media ? (
                    <div className="kyc-item-media">
                      <h5>{t('kyc.media.title')}</h5>
                      <KycMediaList media={media.byCheck.get(check.id) ?? []} />
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          )
        }
      </KycReadState>
    </section>
  );
}

type FormProps = { bankId: string; customer: Customer; onCancel: () => void; onSaved: () => void };

function KycCheckForm({ bankId, customer, onCancel, onSaved }: FormProps) {
  const { t } = useI18n();
  const titleId = useId();
  const satisfiedErrorId = useId();
  const { data: user } = useCurrentUser();
  const mutation = useAddKycCheck(bankId, customer.customerId);
  // One id per form: a retry after a failure (or a lost answer) upserts the same check instead of adding a second.
  const [checkId] = useState(() => crypto.randomUUID());
  const {
    register,
    control,
    handleSubmit,
    setFocus,
    formState: { errors },
  } = useForm<KycCheckFormValues>({
    resolver: zodResolver(kycCheckFormSchema),
    defaultValues: {
      how: '',
      comments: '',
      date: obpDateToLocalDateTime(nowAsObpDate()),
      staffName: user?.username ?? '',
      staffUserId: user?.userId ?? '',
    },
  });
  const error = (message: string | undefined) => (message ? t(message) : undefined);

  useEffect(() => setFocus('how'), [setFocus]);

  const submit = handleSubmit(async (values) => {
    try {
      await mutation.mutateAsync({ id: checkId, draft: checkDraft(values, customer.customerNumber) });
      onSaved();
    } catch {
      // Shown below from mutation.error; every value stays as typed.
    }
  });

  return (
    <form className="kyc-form" aria-labelledby={titleId} noValidate onSubmit={submit}>
      <h4 id={titleId}>{t('kyc.checks.formTitle')}</h4>
      <fieldset disabled={mutation.isPending}>
        <div className="form-grid">
          <EnumerationField
            control={control}
            name="how"
            enumeration="kycCheckMethod"
            label={t('kyc.checks.how')}
            emptyLabel={t('common.choose')}
            maxLength={KYC_FIELD_LIMITS.checkHow}
            error={error(errors.how?.message)}
          />
          <TextField type="datetime-local" label={t('kyc.checks.date')} hint={t('kyc.dateHint')} error={error(errors.date?.message)} {...register('date')} />
        </div>
        <fieldset className="radio-group" aria-describedby={errors.satisfied ? satisfiedErrorId : undefined}>
          <legend>{t('kyc.checks.satisfiedQuestion')}</legend>
          <label className="radio-option">
            <input type="radio" value="yes" {...register('satisfied')} />
            {t('kyc.checks.satisfiedYes')}
          </label>
          <label className="radio-option">
            <input type="radio" value="no" {...register('satisfied')} />
            {t('kyc.checks.satisfiedNo')}
          </label>
          {errors.satisfied?.message ? (
            <p className="field-error" id={satisfiedErrorId}>
              {t(errors.satisfied.message)}
            </p>
          ) : null}
        </fieldset>
        <TextAreaField
          label={t('kyc.checks.comments')}
          hint={t('kyc.checks.commentsHint', { max: KYC_FIELD_LIMITS.comments })}
          rows={4}
          error={error(errors.comments?.message)}
          {...register('comments')}
        />
        <div className="form-grid">
          <TextField label={t('kyc.checks.staffName')} readOnly hint={t('kyc.checks.staffHint')} error={error(errors.staffName?.message)} {...register('staffName')} />
          <TextField label={t('kyc.checks.staffUserId')} readOnly error={error(errors.staffUserId?.message)} {...register('staffUserId')} />
        </div>
        {mutation.isError ? (
          <div role="alert" className="alert alert-error">
            <ErrorText error={mutation.error} />
          </div>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {mutation.isPending ? t('kyc.saving') : t('kyc.checks.submit')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
