import { zodResolver } from '@hookform/resolvers/zod';
import { ErrorText } from '@/components/error-message';
import { useEffect, useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { TaxResidence } from '@/api/wire/tax-residences';
import { SelectField, TextField } from '@/components/field';
import { useI18n } from '@/i18n/i18n-context';
import { countryOptions, isCountryCode } from '@/lib/countries';
import { TAX_RESIDENCE_FIELD_LIMITS } from '@/api/drafts/tax-residences';
import { emptyTaxResidenceForm, OTHER_JURISDICTION, taxResidenceDraft, taxResidenceFormSchema, type TaxResidenceFormValues } from './tax-residence-form-schema';
import { useCreateTaxResidence } from '@/api/resources/tax-residences';

type Props = { bankId: string; customerId: string; onCancel: () => void; onSaved: (saved: TaxResidence) => void };

/** Adds one tax residence: a country (or another jurisdiction) and the customer's tax number there. */
export function TaxResidenceForm({ bankId, customerId, onCancel, onSaved }: Props) {
  const { t, language } = useI18n();
  const titleId = useId();
  const create = useCreateTaxResidence(bankId, customerId);
  const {
    register,
    handleSubmit,
    setFocus,
    control,
    formState: { errors },
  } = useForm<TaxResidenceFormValues>({ resolver: zodResolver(taxResidenceFormSchema), defaultValues: emptyTaxResidenceForm() });
  const country = useWatch({ control, name: 'country' });
  const error = (message: string | undefined, max: number) => (message ? t(message, { max }) : undefined);

  useEffect(() => setFocus('country'), [setFocus]);

  const submit = handleSubmit(async (values) => {
    try {
      const residence = taxResidenceDraft(values);
      // Saved even when OBP's answer could not be read: the list is read again; the notice names what was sent.
      onSaved((await create.mutateAsync(residence)) ?? { ...residence, taxResidenceId: '' });
    } catch {
      // Shown below from the mutation's error (a residence already held, for one); every value stays as typed.
    }
  });

  return (
    <form className="tax-form" aria-labelledby={titleId} noValidate onSubmit={submit}>
      <h3 id={titleId}>{t('taxResidences.addTitle')}</h3>
      <fieldset disabled={create.isPending}>
        <div className="tax-form-grid">
          <SelectField
            label={t('taxResidences.domain')}
            required
            hint={isCountryCode(country) ? t('taxResidences.countryHint', { code: country }) : t('taxResidences.domainHint')}
            error={error(errors.country?.message, TAX_RESIDENCE_FIELD_LIMITS.domain)}
            {...register('country')}
          >
            <option value="">{t('taxResidences.chooseDomain')}</option>
            {countryOptions(language).map((option) => (
              <option key={option.code} value={option.code}>
                {option.name}
              </option>
            ))}
            <option value={OTHER_JURISDICTION}>{t('taxResidences.otherJurisdiction')}</option>
          </SelectField>
          {country === OTHER_JURISDICTION ? (
            <TextField
              label={t('taxResidences.jurisdiction')}
              required
              hint={t('taxResidences.jurisdictionHint', { max: TAX_RESIDENCE_FIELD_LIMITS.domain })}
              autoComplete="off"
              error={error(errors.jurisdiction?.message, TAX_RESIDENCE_FIELD_LIMITS.domain)}
              {...register('jurisdiction')}
            />
          ) : null}
          <TextField
            label={t('taxResidences.taxNumber')}
            required
            hint={t('taxResidences.taxNumberHint', { max: TAX_RESIDENCE_FIELD_LIMITS.taxNumber })}
            autoComplete="off"
            spellCheck={false}
            error={error(errors.taxNumber?.message, TAX_RESIDENCE_FIELD_LIMITS.taxNumber)}
            {...register('taxNumber')}
          />
        </div>
        {create.isError ? (
          <div role="alert" className="alert alert-error">
            <ErrorText error={create.error} />
          </div>
        ) : null}
        <div className="tax-form-actions">
          <button type="submit" className="button button-primary">
            {create.isPending ? t('taxResidences.saving') : t('taxResidences.submitAdd')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
