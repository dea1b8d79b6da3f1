import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { sentAddress, type CustomerAddress } from '@/api/wire/addresses';
import { SelectField, TextField } from '@/components/field';
import { useI18n } from '@/i18n/i18n-context';
import { countryOptions, isCountryCode } from '@/lib/countries';
import { ADDRESS_FIELD_LIMITS } from '@/api/drafts/addresses';
import { ADDRESS_STATUSES, addressDraft, addressFormSchema, addressFormValues, emptyAddressForm, isAddressStatus, joinedTagsLength, SUGGESTED_TAGS, type AddressFormValues } from './address-form-schema';
import { useServerKeeps } from '@/api/resources/server';
import { useCreateAddress, useUpdateAddress } from '@/api/resources/addresses';
import { TagsInput } from './tags-input';
import { FormFooter } from '@/components/form-footer';

type Props = {
  bankId: string;
  customerId: string;
  /** The address being edited; none to add one. */
  address?: CustomerAddress;
  /** Its name in the form's heading. */
  addressName?: string;
  onCancel: () => void;
  /** What was sent and what the server kept (OBP replaces the status with the state). */
  onSaved: (sent: { status: string }, saved: CustomerAddress) => void;
};

/** Add or edit one address: every field OBP keeps, each checked against OBP's column before anything is sent. */
export function AddressForm({ bankId, customerId, address, addressName, onCancel, onSaved }: Props) {
  const { t, language } = useI18n();
  const titleId = useId();
  const create = useCreateAddress(bankId, customerId);
  const update = useUpdateAddress(bankId, customerId);
  const mutation = address ? update : create;
  const {
    register,
    handleSubmit,
    setFocus,
    control,
    formState: { errors },
  } = useForm<AddressFormValues>({
    resolver: zodResolver(addressFormSchema),
    defaultValues: address ? addressFormValues(address) : emptyAddressForm(),
  });
  const countryCode = useWatch({ control, name: 'countryCode' });
  const tags = useWatch({ control, name: 'tags' });
  const error = (message: string | undefined, params?: Record<string, string | number>) => (message ? t(message, params) : undefined);

  useEffect(() => setFocus('line1'), [setFocus]);

  const submit = handleSubmit(async (values) => {
    const sent = addressDraft(values);
    try {
      const saved = address
        ? await update.mutateAsync({ addressId: address.customerAddressId, draft: sent })
        : await create.mutateAsync(sent);
      // Saved even when OBP's answer could not be read: the list is read again; the notice names what was sent.
      onSaved(
        { status: sent.status },
        saved ?? sentAddress(sent, { customerAddressId: address?.customerAddressId ?? '', customerId }),
      );
    } catch {
      // Shown below from the mutation's error; every value stays as typed.
    }
  });

  const savedCountryInvalid = address !== undefined && address.countryCode !== '' && !isCountryCode(address.countryCode);
  // OBP stores the address's state in its status column and returns it there: the status sent is not kept.
  const keepsStatus = useServerKeeps('address-status');
  const statusOptions: string[] = [...ADDRESS_STATUSES];
  if (address && address.status !== '' && !isAddressStatus(address.status)) statusOptions.push(address.status);

  return (
    <form className="address-form" aria-labelledby={titleId} noValidate onSubmit={submit}>
      <h3 id={titleId}>{address ? t('addresses.editTitle', { address: addressName ?? '' }) : t('addresses.addTitle')}</h3>
      <p className="field-hint">{t('addresses.formIntro')}</p>
      <fieldset disabled={mutation.isPending}>
        <div className="address-form-grid">
          <TextField
            label={t('addresses.line1')}
            required
            autoComplete="off"
            error={error(errors.line1?.message, { max: ADDRESS_FIELD_LIMITS.line })}
            {...register('line1')}
          />
          <TextField label={t('addresses.line2')} autoComplete="off" error={error(errors.line2?.message, { max: ADDRESS_FIELD_LIMITS.line })} {...register('line2')} />
          <TextField label={t('addresses.line3')} autoComplete="off" error={error(errors.line3?.message, { max: ADDRESS_FIELD_LIMITS.line })} {...register('line3')} />
          <TextField
            label={t('addresses.city')}
            required
            autoComplete="off"
            error={error(errors.city?.message, { max: ADDRESS_FIELD_LIMITS.city })}
            {...register('city')}
          />
          <TextField label={t('addresses.county')} autoComplete="off" error={error(errors.county?.message, { max: ADDRESS_FIELD_LIMITS.county })} {...register('county')} />
          <TextField label={t('addresses.state')} autoComplete="off" error={error(errors.state?.message, { max: ADDRESS_FIELD_LIMITS.state })} {...register('state')} />
          <TextField
            label={t('addresses.postcode')}
            hint={t('addresses.postcodeHint', { max: ADDRESS_FIELD_LIMITS.postcode })}
            autoComplete="off"
            error={error(errors.postcode?.message, { max: ADDRESS_FIELD_LIMITS.postcode })}
            {...register('postcode')}
          />
          <SelectField
            label={t('addresses.country')}
            required
            hint={
              savedCountryInvalid && countryCode === ''
                ? t('addresses.countryInvalidSaved', { code: address.countryCode })
                : isCountryCode(countryCode)
                  ? t('addresses.countryHint', { code: countryCode })
                  : t('addresses.countryChooseHint')
            }
            error={error(errors.countryCode?.message)}
            {...register('countryCode')}
          >
            <option value="">{t('addresses.chooseCountry')}</option>
            {countryOptions(language).map((option) => (
              <option key={option.code} value={option.code}>
                {option.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('addresses.status')}
            required
            hint={keepsStatus ? t('addresses.statusHint') : `${t('addresses.statusHint')} ${t('addresses.statusNotKept')}`}
            error={error(errors.status?.message, { max: ADDRESS_FIELD_LIMITS.status })}
            {...register('status')}
          >
            {statusOptions.map((status) => (
              <option key={status} value={status}>
                {isAddressStatus(status) ? t(`addresses.statuses.${status}`) : status}
              </option>
            ))}
          </SelectField>
        </div>
        <Controller
          control={control}
          name="tags"
          render={({ field }) => (
            <TagsInput
              label={t('addresses.tags.label')}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              maxJoined={ADDRESS_FIELD_LIMITS.tagsJoined}
              suggestions={SUGGESTED_TAGS}
              error={error(errors.tags?.message, { used: joinedTagsLength(tags), max: ADDRESS_FIELD_LIMITS.tagsJoined })}
            />
          )}
        />
        <FormFooter
          mutation={mutation}
          savingLabel={t('addresses.saving')}
          submitLabel={address ? t('addresses.saveChanges') : t('addresses.submitAdd')}
          onCancel={onCancel}
          actionsClassName="address-form-actions"
        />
      </fieldset>
    </form>
  );
}
