import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { DeskCustomer } from '@/api/connectors/connector';
import { deskCapabilities, deskConnector, useCreateDeskCustomer, useUpdateDeskCustomer } from '@/api/resources/desk-customers';
import { FormFooter } from '@/components/form-footer';
import { TextField } from '@/components/field';
import { useI18n } from '@/i18n/i18n-context';
import { useDeskPermission } from '@/lib/desk-permissions';
import { useDocumentTitle } from '@/lib/document-title';
import { customerFormSchema, customerFormValues, customerInput, type CustomerFormValues } from './desk-form-schemas';
import { DeskRoleNote } from './desk-role-note';

type Props = { customer?: DeskCustomer };

/**
 * Create or edit a bankingservice.ai customer: company or a person's name, email, phone and the one structured
 * address. Saving sends the whole form (PUT replaces the members shown).
 */
export function DeskCustomerForm({ customer }: Props) {
  const { t } = useI18n();
  const titleId = useId();
  const addressId = useId();
  const navigate = useNavigate();
  const connector = deskConnector();
  const editing = customer !== undefined;
  useDocumentTitle(editing ? t('desk.customerForm.editTitle') : t('desk.customerForm.createTitle'));
  const permission = useDeskPermission(connector.backend, editing ? connector.operations.update : connector.operations.create);
  const create = useCreateDeskCustomer();
  const update = useUpdateDeskCustomer(customer?.id ?? '');
  const mutation = editing ? update : create;
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors },
  } = useForm<CustomerFormValues>({ resolver: zodResolver(customerFormSchema), defaultValues: customerFormValues(customer) });
  const error = (message: string | undefined) => (message ? t(message) : undefined);
  useEffect(() => setFocus('company'), [setFocus]);

  if (!deskCapabilities().has(editing ? 'update-customer' : 'create-customer')) {
    return <p className="empty-state">{t('desk.customerForm.notOffered')}</p>;
  }

  const submit = handleSubmit(async (values) => {
    try {
      const saved = editing ? await update.mutateAsync(customerInput(values)) : await create.mutateAsync(customerInput(values));
      void navigate(`/customers/${encodeURIComponent(saved.id)}/identity`);
    } catch {
      // Shown below; every value stays as typed.
    }
  });

  const form = (
    <form className="desk-form" aria-labelledby={titleId} noValidate onSubmit={submit}>
      {editing ? <h2 id={titleId}>{t('desk.customerForm.editTitle')}</h2> : <h1 id={titleId}>{t('desk.customerForm.createTitle')}</h1>}
      <p className="muted">{t('desk.customerForm.intro')}</p>
      {!permission.allowed ? <DeskRoleNote permission={permission} /> : null}
      <fieldset disabled={mutation.isPending || !permission.allowed}>
        <div className="desk-form-grid">
          <TextField label={t('desk.field.company')} autoComplete="organization" error={error(errors.company?.message)} {...register('company')} />
          <TextField label={t('desk.field.firstName')} autoComplete="given-name" error={error(errors.firstName?.message)} {...register('firstName')} />
          <TextField label={t('desk.field.lastName')} autoComplete="family-name" error={error(errors.lastName?.message)} {...register('lastName')} />
          <TextField label={t('desk.field.email')} type="email" autoComplete="email" error={error(errors.email?.message)} {...register('email')} />
          <TextField label={t('desk.field.phone')} type="tel" autoComplete="tel" hint={t('desk.customerForm.phoneHint')} error={error(errors.phone?.message)} {...register('phone')} />
        </div>
        <fieldset className="desk-subfieldset" aria-labelledby={addressId}>
          <legend id={addressId}>{t('desk.field.address')}</legend>
          <div className="desk-form-grid">
            <TextField label={t('desk.customerForm.thoroughfare')} autoComplete="address-line1" error={error(errors.thoroughfare?.message)} {...register('thoroughfare')} />
            <TextField label={t('desk.customerForm.premise')} inputMode="numeric" hint={t('desk.customerForm.premiseHint')} error={error(errors.premise?.message)} {...register('premise')} />
            <TextField label={t('desk.customerForm.subPremise')} error={error(errors.subPremise?.message)} {...register('subPremise')} />
            <TextField label={t('desk.customerForm.building')} autoComplete="address-line2" error={error(errors.building?.message)} {...register('building')} />
            <TextField label={t('desk.customerForm.postalCode')} autoComplete="postal-code" error={error(errors.postalCode?.message)} {...register('postalCode')} />
            <TextField label={t('desk.customerForm.locality')} autoComplete="address-level2" error={error(errors.locality?.message)} {...register('locality')} />
            <TextField label={t('desk.customerForm.state')} autoComplete="address-level1" error={error(errors.state?.message)} {...register('state')} />
            <TextField
              label={t('desk.customerForm.country')}
              maxLength={2}
              autoComplete="country"
              hint={t('desk.addresses.countryHint')}
              error={error(errors.country?.message)}
              {...register('country')}
            />
          </div>
        </fieldset>
        <FormFooter
          mutation={mutation}
          savingLabel={t('desk.saving')}
          submitLabel={editing ? t('desk.customerForm.saveChanges') : t('desk.customerForm.submitCreate')}
          onCancel={() => void navigate(editing ? `/customers/${encodeURIComponent(customer.id)}/identity` : '/customers')}
          actionsClassName="desk-actions"
        />
      </fieldset>
    </form>
  );
  return editing ? form : <section className="page">{form}</section>;
}
