import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId } from 'react';
import { useForm } from 'react-hook-form';
import type { DeskAddress } from '@/api/connectors/connector';
import { useCreateDeskAddress, useUpdateDeskAddress } from '@/api/resources/desk-customers';
import { FormFooter } from '@/components/form-footer';
import { TextField } from '@/components/field';
import { useI18n } from '@/i18n/i18n-context';
import { addressFormSchema, addressFormValues, addressInput, type AddressFormValues } from './desk-form-schemas';

type Props = { customerId: string; address?: DeskAddress; onDone: (message: string) => void; onCancel: () => void };

/** Creates an OpenWealth address, or updates one (the standard's PUT replaces the postal address as a whole). */
export function DeskAddressForm({ customerId, address, onDone, onCancel }: Props) {
  const { t } = useI18n();
  const titleId = useId();
  const create = useCreateDeskAddress(customerId);
  const update = useUpdateDeskAddress(customerId);
  const mutation = address ? update : create;
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors },
  } = useForm<AddressFormValues>({ resolver: zodResolver(addressFormSchema), defaultValues: addressFormValues(address) });
  const error = (message: string | undefined) => (message ? t(message) : undefined);
  useEffect(() => setFocus('streetName'), [setFocus]);

  const submit = handleSubmit(async (values) => {
    try {
      if (address) {
        await update.mutateAsync({ addressId: address.id, input: addressInput(values) });
        onDone(t('desk.addresses.updated'));
      } else {
        await create.mutateAsync(addressInput(values));
        onDone(t('desk.addresses.created'));
      }
    } catch {
      // Shown below; every value stays as typed.
    }
  });

  return (
    <form className="desk-form" aria-labelledby={titleId} noValidate onSubmit={submit}>
      <h3 id={titleId}>{address ? t('desk.addresses.editTitle') : t('desk.addresses.addTitle')}</h3>
      <fieldset disabled={mutation.isPending}>
        <div className="desk-form-grid">
          <TextField label={t('desk.addresses.name')} hint={t('desk.addresses.nameHint')} error={error(errors.name?.message)} {...register('name')} />
          <TextField label={t('desk.addresses.street')} autoComplete="address-line1" error={error(errors.streetName?.message)} {...register('streetName')} />
          <TextField label={t('desk.addresses.buildingNumber')} error={error(errors.buildingNumber?.message)} {...register('buildingNumber')} />
          <TextField label={t('desk.addresses.suffix')} autoComplete="address-line2" error={error(errors.addressSuffix?.message)} {...register('addressSuffix')} />
          <TextField label={t('desk.addresses.postCode')} required autoComplete="postal-code" error={error(errors.postCode?.message)} {...register('postCode')} />
          <TextField label={t('desk.addresses.town')} required autoComplete="address-level2" error={error(errors.townName?.message)} {...register('townName')} />
          <TextField label={t('desk.addresses.subdivision')} autoComplete="address-level1" error={error(errors.countrySubDivision?.message)} {...register('countrySubDivision')} />
          <TextField
            label={t('desk.addresses.country')}
            required
            hint={t('desk.addresses.countryHint')}
            maxLength={2}
            autoComplete="country"
            error={error(errors.country?.message)}
            {...register('country')}
          />
        </div>
        <div className="desk-checkboxes">
          <label>
            <input type="checkbox" {...register('isDomicile')} /> {t('desk.addresses.isDomicile')}
          </label>
          <label>
            <input type="checkbox" {...register('isMailingAddress')} /> {t('desk.addresses.isMailing')}
          </label>
        </div>
        <FormFooter
          mutation={mutation}
          savingLabel={t('desk.saving')}
          submitLabel={address ? t('desk.addresses.saveChanges') : t('desk.addresses.submitAdd')}
          onCancel={onCancel}
          actionsClassName="desk-actions"
        />
      </fieldset>
    </form>
  );
}
