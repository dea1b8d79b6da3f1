import { zodResolver } from '@hookform/resolvers/zod';
import { CUSTOMER_FIELD_LIMITS } from '@/api/drafts/customers';
import { ErrorText } from '@/components/error-message';
import { useEffect, useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { Customer } from '@/api/wire/customers';
import { TextField } from '@/components/field';
import { EnumerationField } from '@/components/enumeration-field';
import { useI18n } from '@/i18n/i18n-context';
import { creditLimitDraft, creditLimitFormSchema, creditRatingDraft, creditRatingFormSchema, type CreditLimitFormValues, type CreditRatingFormValues } from './credit-form-schema';
import { useUpdateCreditLimit, useUpdateCreditRating } from '@/api/resources/credit';
import { isKnownCurrency } from '@/lib/validation';
import { amountForInput, withLocalAmount } from '@/lib/amount-resolver';
import { useFormat } from '@/lib/format';

type Props = { bankId: string; customer: Customer; onCancel: () => void; onSaved: () => void };

export function CreditRatingForm({ bankId, customer, onCancel, onSaved }: Props) {
  const { t } = useI18n();
  const titleId = useId();
  const mutation = useUpdateCreditRating(bankId, customer.customerId);
  const {
    register,
    control,
    handleSubmit,
    setFocus,
    formState: { errors },
  } = useForm<CreditRatingFormValues>({
    resolver: zodResolver(creditRatingFormSchema),
    defaultValues: { creditRating: customer.creditRating.rating, creditSource: customer.creditRating.source },
  });
  const error = (message: string | undefined) => (message ? t(message) : undefined);
  useEffect(() => setFocus('creditRating'), [setFocus]);

  const submit = handleSubmit(async (values) => {
    try {
      await mutation.mutateAsync(creditRatingDraft(values));
      onSaved();
    } catch {
      // Shown below from mutation.error; every value stays as typed.
    }
  });

  return (
    <form className="credit-form" aria-labelledby={titleId} noValidate onSubmit={submit}>
      <h4 id={titleId}>{t('credit.rating.formTitle')}</h4>
      <fieldset disabled={mutation.isPending}>
        <div className="credit-form-grid">
          <TextField
            label={t('credit.rating.rating')}
            hint={t('credit.rating.ratingHint', { max: CUSTOMER_FIELD_LIMITS.creditField })}
            autoComplete="off"
            error={error(errors.creditRating?.message)}
            {...register('creditRating')}
          />
          <EnumerationField
            control={control}
            name="creditSource"
            enumeration="creditRatingAgency"
            label={t('credit.rating.source')}
            maxLength={CUSTOMER_FIELD_LIMITS.creditField}
            error={error(errors.creditSource?.message)}
          />
        </div>
        {mutation.isError ? (
          <div role="alert" className="alert alert-error">
            <ErrorText error={mutation.error} />
          </div>
        ) : null}
        <div className="credit-form-actions">
          <button type="submit" className="button button-primary">
            {mutation.isPending ? t('credit.saving') : t('credit.rating.submit')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

/** The currency's name in the user's language ("Euro", "欧元"), when the browser knows the code. */
export function useCurrencyName() {
  const { language } = useI18n();
  return (code: string): string | undefined => {
    const upper = code.trim().toUpperCase();
    if (!isKnownCurrency(upper)) return undefined;
    try {
      const name = new Intl.DisplayNames([language], { type: 'currency' }).of(upper);
      return name && name !== upper ? name : undefined;
    } catch {
      return undefined;
    }
  };
}

export function CreditLimitForm({ bankId, customer, onCancel, onSaved }: Props) {
  const { t } = useI18n();
  const titleId = useId();
  const listId = useId();
  const currencyName = useCurrencyName();
  const format = useFormat();
  const mutation = useUpdateCreditLimit(bankId, customer.customerId);
  const {
    register,
    handleSubmit,
    setFocus,
    control,
    formState: { errors },
  } = useForm<CreditLimitFormValues>({
    // The amount is typed as numbers are written in the user's language; OBP gets it with a point.
    resolver: withLocalAmount(zodResolver(creditLimitFormSchema), format.locale, { amount: 'amount', currency: 'currency' }),
    defaultValues: { currency: customer.creditLimit.currency, amount: amountForInput(customer.creditLimit.amount, format.locale) },
  });
  const currency = useWatch({ control, name: 'currency' });
  const error = (message: string | undefined) => (message ? t(message) : undefined);
  useEffect(() => setFocus('amount'), [setFocus]);

  const submit = handleSubmit(async (values) => {
    try {
      await mutation.mutateAsync(creditLimitDraft(values));
      onSaved();
    } catch {
      // Shown below from mutation.error; every value stays as typed.
    }
  });

  const name = currencyName(currency ?? '');
  return (
    <form className="credit-form" aria-labelledby={titleId} noValidate onSubmit={submit}>
      <h4 id={titleId}>{t('credit.limit.formTitle')}</h4>
      <fieldset disabled={mutation.isPending}>
        <div className="credit-form-grid">
          <TextField
            label={t('credit.limit.amount')}
            hint={t('credit.limit.amountHint', { max: CUSTOMER_FIELD_LIMITS.creditField })}
            inputMode="decimal"
            autoComplete="off"
            error={error(errors.amount?.message)}
            {...register('amount')}
          />
          <TextField
            label={t('credit.limit.currency')}
            hint={name ? t('credit.limit.currencyNamed', { name }) : t('credit.limit.currencyHint')}
            list={listId}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            className="credit-currency-input"
            error={error(errors.currency?.message)}
            {...register('currency')}
          />
          <datalist id={listId}>
            {['EUR', 'GBP', 'USD', 'CNY', 'CHF', 'JPY', 'MXN', 'ARS', 'COP'].map((code) => (
              <option key={code} value={code} />
            ))}
          </datalist>
        </div>
        {mutation.isError ? (
          <div role="alert" className="alert alert-error">
            <ErrorText error={mutation.error} />
          </div>
        ) : null}
        <div className="credit-form-actions">
          <button type="submit" className="button button-primary">
            {mutation.isPending ? t('credit.saving') : t('credit.limit.submit')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
