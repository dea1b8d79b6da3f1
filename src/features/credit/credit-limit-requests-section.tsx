import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { isObpError } from '@/api/errors';
import type { Customer } from '@/api/wire/customers';
import { ErrorMessage, ErrorText } from '@/components/error-message';
import { TextAreaField, TextField } from '@/components/field';
import { EmptyState, Loading } from '@/components/loading';
import { GatedButton, RoleRequirement } from '@/components/role-requirement';
import { useI18n } from '@/i18n/i18n-context';
import { usePermission, type Permission } from '@/lib/permissions';
import { useDisclosure } from '@/lib/use-disclosure';
import { CREDIT_REQUEST_LIMITS, EMPTY_CREDIT_LIMIT_REQUEST, creditLimitRequestDraft, creditLimitRequestFormSchema, type CreditLimitRequestFormValues } from './credit-limit-request-form-schema';
import { useCreateCreditLimitRequest, type CreatedCreditLimitRequest } from '@/api/resources/credit';
import { creditQueries, type CreditLimitRequestRow } from '@/api/resources/credit';
import { REQUEST_DETAIL_FIELDS } from '@/api/wire/credit';
import { UnreadableRows } from '@/components/unreadable-rows';

type Props = {
  bankId: string;
  customer: Customer;
  canCreate: Permission;
  /** False when the user's roles never allow a request: the credit tab lists it among the unavailable actions. */
  createShown: boolean;
};

/** Lists, opens and creates credit-limit requests; on a server without them, says so calmly. */
export function CreditLimitRequestsSection({ bankId, customer, canCreate, createShown }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  const canList = usePermission('getCreditLimitRequests', bankId);
  const requests = useQuery({ ...creditQueries.limitRequests(bankId, customer.customerId), enabled: canList.allowed });
  const form = useDisclosure();
  /** The reference of the request just made; "" when the server's answer to it could not be read. */
  const [created, setCreated] = useState<{ reference: string } | undefined>();
  const [open, setOpen] = useState<{ id: string; reference: string } | undefined>();
  const notServed = isObpError(requests.error) && requests.error.isNotServed;

  return (
    <section aria-labelledby={headingId} className="credit-section">
      <div className="credit-section-header">
        <h3 id={headingId}>{t('credit.requests.title')}</h3>
        {form.open || notServed || !createShown ? null : (
          <GatedButton
            id={form.toggleId}
            permission={canCreate}
            onClick={() => {
              setCreated(undefined);
              form.show();
            }}
          >
            {t('credit.requests.add')}
          </GatedButton>
        )}
      </div>
      <p role="status" className="credit-announcement">
        {created
          ? created.reference
            ? t('credit.requests.created', { reference: created.reference })
            : t('credit.requests.createdUnread')
          : ''}
      </p>
      {form.open ? (
        <CreditLimitRequestForm
          bankId={bankId}
          customerId={customer.customerId}
          onCancel={form.hide}
          onCreated={(response) => {
            setCreated({ reference: response ? response.shortReference || response.token : '' });
            form.hide();
          }}
        />
      ) : null}
      {!canList.allowed ? (
        canList.pending ? (
          <Loading />
        ) : (
          <p className="alert alert-info">
            <RoleRequirement permission={canList} />
          </p>
        )
      ) : requests.isPending ? (
        <Loading label={t('credit.requests.loading')} />
      ) : notServed ? (
        <p className="credit-notice">{t('credit.requests.notServed')}</p>
      ) : requests.isError ? (
        <ErrorMessage error={requests.error} onRetry={() => void requests.refetch()} />
      ) : requests.data.rows.length === 0 && requests.data.unreadable.length === 0 ? (
        <EmptyState>{t('credit.requests.none')}</EmptyState>
      ) : (
        <>
          <RequestsTable rows={requests.data.rows} onOpen={setOpen} />
          <UnreadableRows rows={requests.data.unreadable} />
          {open ? (
            <RequestDetail
              bankId={bankId}
              customerId={customer.customerId}
              requestId={open.id}
              reference={open.reference}
              onClose={() => {
                const id = open.id;
                setOpen(undefined);
                requestAnimationFrame(() => document.querySelector<HTMLButtonElement>(`[data-request-id="${CSS.escape(id)}"]`)?.focus());
              }}
            />
          ) : null}
        </>
      )}
    </section>
  );
}

type TableProps = {
  rows: CreditLimitRequestRow[];
  onOpen: (request: { id: string; reference: string }) => void;
};

function RequestsTable({ rows, onOpen }: TableProps) {
  const { t } = useI18n();
  return (
    <table className="data-table">
      <caption className="visually-hidden">{t('credit.requests.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('credit.requests.reference')}</th>
          <th scope="col">{t('credit.requests.fields.rankAmount1')}</th>
          <th scope="col">{t('credit.requests.fields.nominalInterest1')}</th>
          <th scope="col">{t('credit.requests.fields.rankAmount2')}</th>
          <th scope="col">{t('credit.requests.fields.nominalInterest2')}</th>
          <th scope="col">{t('credit.requests.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">
              <code>{row.reference}</code>
            </th>
            <td>{row.fields.rankAmount1}</td>
            <td>{row.fields.nominalInterest1}</td>
            <td>{row.fields.rankAmount2}</td>
            <td>{row.fields.nominalInterest2}</td>
            <td>
              {row.id ? (
                <button
                  type="button"
                  className="button"
                  data-request-id={row.id}
                  aria-label={t('credit.requests.openNamed', { reference: row.reference })}
                  onClick={() => onOpen({ id: row.id!, reference: row.reference })}
                >
                  {t('credit.requests.open')}
                </button>
              ) : (
                <span className="muted">{t('credit.requests.noId')}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type DetailProps = { bankId: string; customerId: string; requestId: string; reference: string; onClose: () => void };

function RequestDetail({ bankId, customerId, requestId, reference, onClose }: DetailProps) {
  const { t } = useI18n();
  const headingId = useId();
  const request = useQuery(creditQueries.limitRequest(bankId, customerId, requestId));
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Opening a request moves the reader to it.
  useEffect(() => headingRef.current?.focus(), [requestId]);
  const fields = request.data
    ? REQUEST_DETAIL_FIELDS.flatMap((field) => {
        const value = request.data.fields[field];
        return value === undefined ? [] : [[field, value] as const];
      })
    : [];
  return (
    <section className="credit-request-detail" aria-labelledby={headingId}>
      <h4 id={headingId} tabIndex={-1} ref={headingRef}>
        {t('credit.requests.detailTitle', { reference })}
      </h4>
      {request.isPending ? (
        <Loading label={t('credit.requests.loadingOne')} />
      ) : request.isError ? (
        isObpError(request.error) && request.error.isNotServed ? (
          <p className="credit-notice">{t('credit.requests.notServed')}</p>
        ) : (
          <ErrorMessage error={request.error} onRetry={() => void request.refetch()} />
        )
      ) : (
        <dl className="field-list">
          {fields.map(([field, value]) => (
            <div key={field} className="field-list-row">
              <dt>{t(`credit.requests.fields.${field}`)}</dt>
              <dd>{value || <span className="muted">{t('common.notRecorded')}</span>}</dd>
            </div>
          ))}
        </dl>
      )}
      <button type="button" className="button" onClick={onClose}>
        {t('credit.requests.close')}
      </button>
    </section>
  );
}

type FormProps = { bankId: string; customerId: string; onCancel: () => void; onCreated: (response: CreatedCreditLimitRequest | undefined) => void };

function CreditLimitRequestForm({ bankId, customerId, onCancel, onCreated }: FormProps) {
  const { t } = useI18n();
  const titleId = useId();
  const mutation = useCreateCreditLimitRequest(bankId, customerId);
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors },
  } = useForm<CreditLimitRequestFormValues>({
    resolver: zodResolver(creditLimitRequestFormSchema),
    defaultValues: EMPTY_CREDIT_LIMIT_REQUEST,
  });
  const error = (message: string | undefined) => (message ? t(message) : undefined);
  useEffect(() => setFocus('requestedCurrentRateAmount1'), [setFocus]);

  const submit = handleSubmit(async (values) => {
    try {
      onCreated(await mutation.mutateAsync(creditLimitRequestDraft(values)));
    } catch {
      // Shown below from mutation.error; every value stays as typed.
    }
  });

  const amountHint = t('credit.requests.amountHint', { max: CREDIT_REQUEST_LIMITS.amount });
  return (
    <form className="credit-form" aria-labelledby={titleId} noValidate onSubmit={submit}>
      <h4 id={titleId}>{t('credit.requests.formTitle')}</h4>
      <fieldset disabled={mutation.isPending}>
        <fieldset className="credit-form-group">
          <legend>{t('credit.requests.currentGroup')}</legend>
          <div className="credit-form-grid">
            <TextField
              label={t('credit.requests.fields.requestedCurrentRateAmount1')}
              hint={amountHint}
              inputMode="decimal"
              autoComplete="off"
              error={error(errors.requestedCurrentRateAmount1?.message)}
              {...register('requestedCurrentRateAmount1')}
            />
            <TextField
              label={t('credit.requests.fields.requestedCurrentRateAmount2')}
              hint={amountHint}
              inputMode="decimal"
              autoComplete="off"
              error={error(errors.requestedCurrentRateAmount2?.message)}
              {...register('requestedCurrentRateAmount2')}
            />
            <TextField
              type="date"
              label={t('credit.requests.fields.requestedCurrentValidEndDate')}
              error={error(errors.requestedCurrentValidEndDate?.message)}
              {...register('requestedCurrentValidEndDate')}
            />
          </div>
          <TextAreaField
            label={t('credit.requests.fields.currentCreditDocumentation')}
            hint={t('credit.requests.documentationHint', { max: CREDIT_REQUEST_LIMITS.documentation })}
            rows={2}
            error={error(errors.currentCreditDocumentation?.message)}
            {...register('currentCreditDocumentation')}
          />
        </fieldset>
        <fieldset className="credit-form-group">
          <legend>{t('credit.requests.temporaryGroup')}</legend>
          <div className="credit-form-grid">
            <TextField
              label={t('credit.requests.fields.temporaryRequestedCurrentAmount')}
              hint={amountHint}
              inputMode="decimal"
              autoComplete="off"
              error={error(errors.temporaryRequestedCurrentAmount?.message)}
              {...register('temporaryRequestedCurrentAmount')}
            />
            <TextField
              type="date"
              label={t('credit.requests.fields.requestedTemporaryValidEndDate')}
              error={error(errors.requestedTemporaryValidEndDate?.message)}
              {...register('requestedTemporaryValidEndDate')}
            />
          </div>
          <TextAreaField
            label={t('credit.requests.fields.temporaryCreditDocumentation')}
            hint={t('credit.requests.documentationHint', { max: CREDIT_REQUEST_LIMITS.documentation })}
            rows={2}
            error={error(errors.temporaryCreditDocumentation?.message)}
            {...register('temporaryCreditDocumentation')}
          />
        </fieldset>
        {mutation.isError ? (
          <div role="alert" className="alert alert-error">
            <ErrorText error={mutation.error} />
          </div>
        ) : null}
        <div className="credit-form-actions">
          <button type="submit" className="button button-primary">
            {mutation.isPending ? t('credit.saving') : t('credit.requests.submit')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
