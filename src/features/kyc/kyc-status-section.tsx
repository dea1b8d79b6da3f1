import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Customer } from '@/api/wire/customers';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { TextField } from '@/components/field';
import { KycBadge, KycStatusBadge } from '@/components/kyc-badge';
import { useServerKeeps } from '@/api/resources/server';
import { GatedButton } from '@/components/role-requirement';
import { useI18n } from '@/i18n/i18n-context';
import { nowAsObpDate, obpDateToLocalDateTime } from '@/lib/obp-dates';
import { usePermission } from '@/lib/permissions';
import { useDisclosure } from '@/lib/use-disclosure';
import { statusHistory } from './kyc-history';
import { kycStatusFormSchema, statusDraft, type KycStatusFormValues } from './kyc-form-schema';
import { useSetKycStatus } from '@/api/resources/kyc';
import { kycQueries } from '@/api/resources/kyc';
import { KycReadState } from './kyc-read-state';
import { ErrorText } from '@/components/error-message';

type Props = {
  bankId: string;
  customer: Customer;
  /** False when the user's roles never allow the write: the KYC tab lists it instead. */
  writeShown: boolean;
};

export function KycStatusSection({ bankId, customer, writeShown }: Props) {
  const { t, formatDate } = useI18n();
  const headingId = useId();
  const readPermission = usePermission('getKycStatuses', bankId);
  const writePermission = usePermission('addKycStatus', bankId);
  const statuses = useQuery({ ...kycQueries.statuses(customer.customerId), enabled: readPermission.allowed });
  const keepsHistory = useServerKeeps('kyc-status-history');
  const form = useDisclosure();
  const [announcement, setAnnouncement] = useState('');
  const instant = (value: string) => formatDate(value, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section aria-labelledby={headingId} className="kyc-section">
      <div className="kyc-section-header">
        <h3 id={headingId}>{t('kyc.status.title')}</h3>
        {form.open || !writeShown ? null : (
          <GatedButton
            id={form.toggleId}
            permission={writePermission}
            onClick={() => {
              setAnnouncement('');
              form.show();
            }}
          >
            {t('kyc.status.set')}
          </GatedButton>
        )}
      </div>
      <p role="status" className="kyc-announcement">
        {announcement}
      </p>
      {form.open ? (
        <KycStatusForm
          bankId={bankId}
          customer={customer}
          onCancel={form.hide}
          onSaved={(ok) => {
            setAnnouncement(t('kyc.status.saved', { status: t(ok ? 'kyc.status.verified' : 'kyc.status.notVerified') }));
            form.hide();
          }}
        />
      ) : null}
      {/* One status on screen (issue 8 §7): the same badge as the record's header and the search rows. */}
      <p className="kyc-current-status">
        <span>{t('kyc.status.current')}</span> <KycStatusBadge bankId={bankId} customer={customer} statuses="fetch" />
      </p>
      {customer.lastOkDate ? (
        <dl className="field-list kyc-status-summary">
          <div className="field-list-row">
            <dt>{t('kyc.status.lastOkDate')}</dt>
            <dd>{instant(customer.lastOkDate)}</dd>
          </div>
        </dl>
      ) : null}
      <KycReadState
        permission={readPermission}
        query={statuses}
        requiresKey="kyc.status.readRequires"
        loadingLabel={t('kyc.status.loading')}
      >
        {(list) => {
          const history = statusHistory(list);
          if (history.length === 0) return <p className="empty-state">{t('kyc.status.none')}</p>;
          // OBP keeps one status row per customer, overwritten: there is no history to show beside the status above.
          if (!keepsHistory) return null;
          return (
            <>
              <h4>{t('kyc.status.history')}</h4>
              <ol className="kyc-history" aria-label={t('kyc.status.historyLabel')}>
                {history.map((status, index) => (
                  <li key={`${status.date ?? 'undated'}-${index}`}>
                    <KycBadge ok={status.ok} />{' '}
                    {status.date ? <time dateTime={status.date}>{instant(status.date)}</time> : <span className="muted">{t('kyc.undated')}</span>}
                  </li>
                ))}
              </ol>
            </>
          );
        }}
      </KycReadState>
    </section>
  );
}

type FormProps = { bankId: string; customer: Customer; onCancel: () => void; onSaved: (ok: boolean) => void };

function KycStatusForm({ bankId, customer, onCancel, onSaved }: FormProps) {
  const { t, formatDate } = useI18n();
  const titleId = useId();
  const errorId = useId();
  const firstRadioRef = useRef<HTMLInputElement | null>(null);
  const mutation = useSetKycStatus(bankId, customer.customerId);
  const [confirming, setConfirming] = useState<KycStatusFormValues | undefined>();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<KycStatusFormValues>({
    resolver: zodResolver(kycStatusFormSchema),
    defaultValues: { date: obpDateToLocalDateTime(nowAsObpDate()) },
  });
  const okField = register('ok');

  useEffect(() => firstRadioRef.current?.focus(), []);

  const confirm = async () => {
    if (!confirming) return;
    try {
      await mutation.mutateAsync(statusDraft(confirming, customer.customerNumber));
      setConfirming(undefined);
      onSaved(confirming.ok === 'verified');
    } catch {
      // The form keeps its values and shows OBP's message.
      setConfirming(undefined);
    }
  };

  const statusLabel = (ok: KycStatusFormValues['ok'] | undefined) => t(ok === 'verified' ? 'kyc.status.verified' : 'kyc.status.notVerified');

  return (
    <form className="kyc-form" aria-labelledby={titleId} noValidate onSubmit={handleSubmit((values) => setConfirming(values))}>
      <h4 id={titleId}>{t('kyc.status.formTitle')}</h4>
      <fieldset disabled={mutation.isPending}>
        <fieldset className="radio-group" aria-describedby={errors.ok ? errorId : undefined}>
          <legend>{t('kyc.status.newStatus')}</legend>
          {(['verified', 'not-verified'] as const).map((value, index) => (
            <label key={value} className="radio-option">
              <input
                type="radio"
                value={value}
                {...okField}
                ref={(element) => {
                  okField.ref(element);
                  if (index === 0) firstRadioRef.current = element;
                }}
              />
              {statusLabel(value)}
            </label>
          ))}
          {errors.ok?.message ? (
            <p className="field-error" id={errorId}>
              {t(errors.ok.message)}
            </p>
          ) : null}
        </fieldset>
        <TextField
          type="datetime-local"
          label={t('kyc.status.date')}
          hint={t('kyc.dateHint')}
          error={errors.date?.message ? t(errors.date.message) : undefined}
          {...register('date')}
        />
        {mutation.isError ? (
          <div role="alert" className="alert alert-error">
            <ErrorText error={mutation.error} />
          </div>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {mutation.isPending ? t('kyc.saving') : t('kyc.status.submit')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </fieldset>
      <ConfirmDialog
        open={confirming !== undefined}
        title={t('kyc.status.confirmTitle')}
        confirmLabel={mutation.isPending ? t('kyc.saving') : t('kyc.status.confirm')}
        busy={mutation.isPending}
        onConfirm={() => void confirm()}
        onCancel={() => {
          if (!mutation.isPending) setConfirming(undefined);
        }}
      >
        <p>
          {t('kyc.status.confirmBody', {
            name: customer.legalName || t('customer.noName'),
            number: customer.customerNumber,
            status: statusLabel(confirming?.ok),
            date: confirming?.date ? formatDate(new Date(confirming.date), { dateStyle: 'medium', timeStyle: 'short' }) : '',
          })}
        </p>
      </ConfirmDialog>
    </form>
  );
}
