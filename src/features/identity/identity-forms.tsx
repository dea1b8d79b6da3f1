import { zodResolver } from '@hookform/resolvers/zod';
import { ErrorText } from '@/components/error-message';
import { useEffect, useMemo, useState, type FormEventHandler, type ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { customerFieldProblem } from '@/api/drafts/customers';
import type { Customer } from '@/api/wire/customers';
import { TextField } from '@/components/field';
import { useI18n } from '@/i18n/i18n-context';
import type { SectionFormProps } from './editable-section';
import { branchDefaults, branchDraft, branchSchema, dataDefaults, dataDraft, dataSchema, dependantsMismatch, emailDefaults, emailDraft, emailSchema, identityDefaults, identityDraft, identitySchema, mobileDefaults, mobileDraft, mobileSchemaFor, numberDefaults, numberDraft, numberSchema } from './identity-form-schema';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { EnumerationField } from '@/components/enumeration-field';
import { useFormat } from '@/lib/format';
import { normalisedPhoneNumber, phoneRegion } from '@/lib/phone-number';
import { useCustomerUpdate } from '@/api/resources/customers';
import { fieldMessage, today } from '@/lib/validation';

type FormProps = SectionFormProps & { customer: Customer; label: string };

type ShellProps = {
  label: string;
  /** Another action beside Save and Cancel (the email's "Clear email"). */
  extraAction?: ReactNode;
  onSubmit: FormEventHandler<HTMLFormElement>;
  onCancel: () => void;
  pending: boolean;
  error: unknown;
  /** Said before OBP's own message, where the console knows more about the failure. */
  errorLead?: string | undefined;
  children: ReactNode;
};

/** Fields, OBP's message on failure, and Save / Cancel; everything is disabled while the server has the request. */
function FormShell({ label, onSubmit, onCancel, pending, error, errorLead, extraAction, children }: ShellProps) {
  const { t } = useI18n();
  return (
    <form noValidate aria-label={label} onSubmit={onSubmit} className="identity-form">
      <fieldset disabled={pending}>
        {children}
        {error ? (
          <div role="alert" className="alert alert-error">
            {errorLead ? <p className="alert-title">{errorLead}</p> : null}
            <ErrorText error={error} />
          </div>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {pending ? t('identityEdit.saving') : t('identityEdit.save')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          {extraAction}
        </div>
      </fieldset>
      <p role="status" className="muted form-progress">
        {pending ? t('identityEdit.waitingForServer') : ''}
      </p>
    </form>
  );
}

/**
 * An emptied field is refused (it would clear the email without a word); "Clear email", offered when one is recorded,
 * asks for confirmation and then sends the empty address.
 */
export function EmailForm({ customer, label, onSaved, onCancel }: FormProps) {
  const { t } = useI18n();
  const mutation = useCustomerUpdate(customer.bankId, customer.customerId, 'email');
  const form = useForm({ resolver: zodResolver(emailSchema), defaultValues: emailDefaults(customer) });
  const { errors } = form.formState;
  const [confirmingClear, setConfirmingClear] = useState(false);
  useEffect(() => form.setFocus('email'), [form]);
  return (
    <FormShell
      label={label}
      onSubmit={form.handleSubmit((values) => mutation.mutate(emailDraft(values), { onSuccess: onSaved }))}
      onCancel={onCancel}
      pending={mutation.isPending}
      error={mutation.error}
      extraAction={
        customer.email ? (
          <>
            <button type="button" className="button" onClick={() => setConfirmingClear(true)}>
              {t('identityEdit.clearEmail')}
            </button>
            <ConfirmDialog
              open={confirmingClear}
              title={t('identityEdit.clearEmailTitle')}
              confirmLabel={t('identityEdit.clearEmailConfirm')}
              destructive
              busy={mutation.isPending}
              onCancel={() => setConfirmingClear(false)}
              onConfirm={() => {
                setConfirmingClear(false);
                mutation.mutate({ email: '' }, { onSuccess: onSaved });
              }}
            >
              <p>{t('identityEdit.clearEmailBody', { email: customer.email, name: customer.legalName })}</p>
            </ConfirmDialog>
          </>
        ) : null
      }
    >
      <TextField
        label={t('customer.email')}
        type="email"
        autoComplete="off"
        spellCheck={false}
        error={fieldMessage(t, errors.email?.message)}
        {...form.register('email')}
      />
    </FormShell>
  );
}

export function MobileForm({ customer, label, onSaved, onCancel }: FormProps) {
  const { t } = useI18n();
  const region = phoneRegion(useFormat().locale);
  const mutation = useCustomerUpdate(customer.bankId, customer.customerId, 'mobile-number');
  const schema = useMemo(() => mobileSchemaFor(region), [region]);
  const form = useForm({ resolver: zodResolver(schema), defaultValues: mobileDefaults(customer) });
  const { errors } = form.formState;
  const typed = useWatch({ control: form.control, name: 'mobilePhoneNumber' });
  const asSaved = normalisedPhoneNumber(typed, region);
  useEffect(() => form.setFocus('mobilePhoneNumber'), [form]);
  return (
    <FormShell
      label={label}
      onSubmit={form.handleSubmit((values) => mutation.mutate(mobileDraft(values, region), { onSuccess: onSaved }))}
      onCancel={onCancel}
      pending={mutation.isPending}
      error={mutation.error}
    >
      <TextField
        label={t('customer.mobilePhoneNumber')}
        hint={asSaved ? t('identityEdit.mobileSavedAs', { number: asSaved }) : t('identityEdit.mobileHint')}
        type="tel"
        autoComplete="off"
        error={fieldMessage(t, errors.mobilePhoneNumber?.message)}
        {...form.register('mobilePhoneNumber')}
      />
    </FormShell>
  );
}

export function NumberForm({ customer, label, onSaved, onCancel }: FormProps) {
  const { t } = useI18n();
  const mutation = useCustomerUpdate(customer.bankId, customer.customerId, 'number');
  const form = useForm({
    resolver: zodResolver(numberSchema(customer.customerNumber)),
    defaultValues: numberDefaults(customer),
  });
  const { errors } = form.formState;
  useEffect(() => form.setFocus('customerNumber'), [form]);
  const taken = customerFieldProblem(mutation.error, 'update')?.problem === 'taken';
  return (
    <FormShell
      label={label}
      onSubmit={form.handleSubmit((values) =>
        mutation.mutate(numberDraft(values), {
          onSuccess: onSaved,
          onError: (error) => {
            // Said beside the field too, so the one value to change is plain.
            const problem = customerFieldProblem(error, 'update');
            if (problem?.problem === 'taken') form.setError(problem.field, { message: 'identityEdit.numberTaken' }, { shouldFocus: true });
          },
        }),
      )}
      onCancel={onCancel}
      pending={mutation.isPending}
      error={mutation.error}
      errorLead={
        taken ? t('identityEdit.numberTakenLead', { number: mutation.variables?.customerNumber ?? '', bank: customer.bankId }) : undefined
      }
    >
      <TextField
        label={t('customer.customerNumber')}
        hint={t('identityEdit.numberHint', { number: customer.customerNumber })}
        autoComplete="off"
        spellCheck={false}
        error={fieldMessage(t, errors.customerNumber?.message)}
        {...form.register('customerNumber')}
      />
    </FormShell>
  );
}

export function IdentityForm({ customer, label, onSaved, onCancel }: FormProps) {
  const { t } = useI18n();
  const mutation = useCustomerUpdate(customer.bankId, customer.customerId, 'identity');
  const form = useForm({ resolver: zodResolver(identitySchema), defaultValues: identityDefaults(customer) });
  const { errors } = form.formState;
  useEffect(() => form.setFocus('legalName'), [form]);
  return (
    <FormShell
      label={label}
      onSubmit={form.handleSubmit((values) => mutation.mutate(identityDraft(values), { onSuccess: onSaved }))}
      onCancel={onCancel}
      pending={mutation.isPending}
      error={mutation.error}
    >
      <div className="form-grid">
        <TextField
          label={t('customer.legalName')}
          autoComplete="off"
          error={fieldMessage(t, errors.legalName?.message)}
          {...form.register('legalName')}
        />
        <TextField label={t('customer.title')} autoComplete="off" error={fieldMessage(t, errors.title?.message)} {...form.register('title')} />
        <TextField
          label={t('customer.nameSuffix')}
          autoComplete="off"
          error={fieldMessage(t, errors.nameSuffix?.message)}
          {...form.register('nameSuffix')}
        />
        <TextField
          label={t('customer.dateOfBirth')}
          hint={t('identityEdit.dateOfBirthHint')}
          type="date"
          max={today()}
          error={fieldMessage(t, errors.dateOfBirth?.message)}
          {...form.register('dateOfBirth')}
        />
      </div>
    </FormShell>
  );
}

export function BranchForm({ customer, label, onSaved, onCancel }: FormProps) {
  const { t } = useI18n();
  const mutation = useCustomerUpdate(customer.bankId, customer.customerId, 'branch');
  const form = useForm({ resolver: zodResolver(branchSchema), defaultValues: branchDefaults(customer) });
  const { errors } = form.formState;
  useEffect(() => form.setFocus('branchId'), [form]);
  return (
    <FormShell
      label={label}
      onSubmit={form.handleSubmit((values) => mutation.mutate(branchDraft(values), { onSuccess: onSaved }))}
      onCancel={onCancel}
      pending={mutation.isPending}
      error={mutation.error}
    >
      <TextField
        label={t('identityEdit.branchId')}
        hint={t('identityEdit.branchHint')}
        autoComplete="off"
        spellCheck={false}
        error={fieldMessage(t, errors.branchId?.message)}
        {...form.register('branchId')}
      />
    </FormShell>
  );
}

export function DataForm({ customer, label, onSaved, onCancel }: FormProps) {
  const { t } = useI18n();
  const mutation = useCustomerUpdate(customer.bankId, customer.customerId, 'data');
  const form = useForm({ resolver: zodResolver(dataSchema), defaultValues: dataDefaults(customer) });
  const { errors } = form.formState;
  useEffect(() => form.setFocus('relationshipStatus'), [form]);
  const dependants = useWatch({ control: form.control, name: 'dependants' });
  const mismatch = dependantsMismatch(dependants, customer.dobOfDependants.length);
  return (
    <FormShell
      label={label}
      onSubmit={form.handleSubmit((values) => mutation.mutate(dataDraft(values, customer.faceImage.date), { onSuccess: onSaved }))}
      onCancel={onCancel}
      pending={mutation.isPending}
      error={mutation.error}
    >
      <div className="form-grid">
        <EnumerationField
          control={form.control}
          name="relationshipStatus"
          enumeration="relationshipStatus"
          label={t('customer.relationshipStatus')}
          maxLength={16}
          error={fieldMessage(t, errors.relationshipStatus?.message)}
        />
        <TextField
          label={t('customer.dependants')}
          type="number"
          inputMode="numeric"
          min={0}
          max={999}
          step={1}
          error={fieldMessage(t, errors.dependants?.message)}
          {...form.register('dependants')}
        />
        <EnumerationField
          control={form.control}
          name="highestEducationAttained"
          enumeration="education"
          label={t('customer.highestEducationAttained')}
          maxLength={32}
          error={fieldMessage(t, errors.highestEducationAttained?.message)}
        />
        <EnumerationField
          control={form.control}
          name="employmentStatus"
          enumeration="employmentStatus"
          label={t('customer.employmentStatus')}
          maxLength={32}
          error={fieldMessage(t, errors.employmentStatus?.message)}
        />
        <TextField
          label={t('customer.faceImageUrl')}
          type="url"
          autoComplete="off"
          spellCheck={false}
          error={fieldMessage(t, errors.faceImageUrl?.message)}
          {...form.register('faceImageUrl')}
        />
        <TextField
          label={t('customer.faceImageDate')}
          hint={t(customer.faceImage.date ? 'identityEdit.faceImageDateHint' : 'identityEdit.faceImageDateSuggested')}
          type="date"
          max={today()}
          error={fieldMessage(t, errors.faceImageDate?.message)}
          {...form.register('faceImageDate')}
        />
      </div>
      {mismatch ? (
        <p className="note-warning">
          <strong>{t('identityEdit.warning')}</strong>{' '}
          {t('identityEdit.dependantsMismatchWhileEditing', { count: mismatch.count, dates: mismatch.dates })}
        </p>
      ) : null}
    </FormShell>
  );
}
