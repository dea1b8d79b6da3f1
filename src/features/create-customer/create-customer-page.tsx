import { zodResolver } from '@hookform/resolvers/zod';
import { useDocumentTitle } from '@/lib/document-title';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { Link } from 'react-router';
import { customerFieldProblem } from '@/api/drafts/customers';
import type { Customer } from '@/api/wire/customers';
import { TextField } from '@/components/field';
import { RoleRequirement } from '@/components/role-requirement';
import { useI18n } from '@/i18n/i18n-context';
import { neverAllowed } from '@/lib/gated-actions';
import { usePermission } from '@/lib/permissions';
import { createCustomerSchemaFor, EMPTY_CUSTOMER, NUMBER_TAKEN, newCustomer, type CreateCustomerOutput, type CreateCustomerValues } from './create-customer-form-schema';
import { useCreateCustomer } from '@/api/resources/customers';
import { fieldMessage, today } from '@/lib/validation';
import { CreatedCustomer } from './created-customer';
import './create-customer.css';
import { withLocalAmount } from '@/lib/amount-resolver';
import { useFormat } from '@/lib/format';
import { ErrorText } from '@/components/error-message';
import { EnumerationField } from '@/components/enumeration-field';
import { normalisedPhoneNumber, phoneRegion } from '@/lib/phone-number';
import { DuplicateWarning } from './duplicate-warning';

type Props = { bankId: string };

/** New customer (v5.0.0 createCustomer), then, on the same page, link it to a user and open it. */
export function CreateCustomerPage({ bankId }: Props) {
  const [created, setCreated] = useState<Customer | undefined>();
  if (created) return <CreatedCustomer bankId={bankId} customer={created} onCreateAnother={() => setCreated(undefined)} />;
  return <CreateCustomerForm bankId={bankId} onCreated={setCreated} />;
}

/** `undefined`: OBP created the customer but its answer could not be read (and no number to read it again by). */
function CreateCustomerForm({ bankId, onCreated }: { bankId: string; onCreated: (customer: Customer | undefined) => void }) {
  const { t } = useI18n();
  const format = useFormat();
  useDocumentTitle(t('createCustomer.title'));
  const headingId = useId();
  const permission = usePermission('createCustomer', bankId);
  // A customer born "KYC verified" is a KYC status set at creation: it needs the KYC officer's role too (the sandbox
  // refuses it without, OBP-20006; OBP itself does not check).
  const canSetKyc = usePermission('createCustomerAsKycVerified', bankId);
  const mutation = useCreateCustomer(bankId);
  // A mobile number without a country code belongs to the user's region.
  const region = phoneRegion(format.locale);
  const schema = useMemo(() => createCustomerSchemaFor(region), [region]);
  const form = useForm<CreateCustomerValues, unknown, CreateCustomerOutput>({
    // The limit is typed as numbers are written in the user's language; OBP gets it with a point.
    resolver: withLocalAmount(zodResolver(schema), format.locale, { amount: 'creditLimitAmount', currency: 'creditLimitCurrency' }),
    defaultValues: EMPTY_CUSTOMER,
  });
  const dependants = useFieldArray({ control: form.control, name: 'dependants' });
  const addDependantRef = useRef<HTMLButtonElement>(null);
  const { errors } = form.formState;
  const message = (value: string | undefined) => fieldMessage(t, value);
  const searchUrl = `/banks/${encodeURIComponent(bankId)}/customers`;
  const maxDay = today();
  const [mobile, customerNumber] = useWatch({ control: form.control, name: ['mobilePhoneNumber', 'customerNumber'] });
  const mobileAsSaved = normalisedPhoneNumber(mobile, region);

  useEffect(() => {
    if (permission.allowed) form.setFocus('legalName');
  }, [form, permission.allowed]);

  const submit = form.handleSubmit((values) =>
    mutation.mutate(newCustomer(values, region), {
      onSuccess: (created) => {
        // Saved without a readable answer: the form is emptied, so sending it again cannot create the customer twice.
        if (!created) form.reset(EMPTY_CUSTOMER);
        onCreated(created);
      },
      onError: (error) => {
        // A taken number, whichever code the server says it with, is said beside the one field to change.
        const problem = customerFieldProblem(error, 'create');
        if (problem?.problem === 'taken') form.setError(problem.field, { message: NUMBER_TAKEN }, { shouldFocus: true });
      },
    }),
  );

  return (
    <section className="page create-customer" aria-labelledby={headingId}>
      <p className="create-customer-back">
        <Link to={searchUrl}>{t('createCustomer.backToSearch')}</Link>
      </p>
      <h1 id={headingId}>{t('createCustomer.title')}</h1>
      <p className="muted">{t('createCustomer.intro', { bank: bankId })}</p>
      {permission.allowed ? null : (
        <p className="alert alert-info">
          <RoleRequirement permission={permission} />
        </p>
      )}
      {/* A user who can never create customers is told why above, and shown no form of disabled fields. */}
      <form noValidate aria-labelledby={headingId} onSubmit={submit} hidden={neverAllowed(permission)}>
        <fieldset disabled={mutation.isPending || !permission.allowed}>
          <fieldset className="form-group">
            <legend>{t('createCustomer.group.required')}</legend>
            <div className="form-grid">
              <TextField
                label={t('createCustomer.field.legalName')}
                autoComplete="off"
                required
                error={message(errors.legalName?.message)}
                {...form.register('legalName')}
              />
              <TextField
                label={t('createCustomer.field.mobile')}
                hint={mobileAsSaved ? t('createCustomer.hint.mobileSavedAs', { number: mobileAsSaved }) : t('createCustomer.hint.mobile')}
                type="tel"
                autoComplete="off"
                required
                error={message(errors.mobilePhoneNumber?.message)}
                {...form.register('mobilePhoneNumber')}
              />
            </div>
          </fieldset>

          <DuplicateWarning bankId={bankId} mobile={mobile} customerNumber={customerNumber} region={region} />

          <fieldset className="form-group">
            <legend>{t('createCustomer.group.identity')}</legend>
            <div className="form-grid">
              <TextField
                label={t('createCustomer.field.customerNumber')}
                hint={t('createCustomer.hint.customerNumber')}
                autoComplete="off"
                spellCheck={false}
                error={message(errors.customerNumber?.message)}
                {...form.register('customerNumber')}
              />
              <TextField
                label={t('createCustomer.field.title')}
                autoComplete="off"
                error={message(errors.title?.message)}
                {...form.register('title')}
              />
              <TextField
                label={t('createCustomer.field.nameSuffix')}
                autoComplete="off"
                error={message(errors.nameSuffix?.message)}
                {...form.register('nameSuffix')}
              />
              <TextField
                label={t('createCustomer.field.dateOfBirth')}
                type="date"
                max={maxDay}
                error={message(errors.dateOfBirth?.message)}
                {...form.register('dateOfBirth')}
              />
              <TextField
                label={t('createCustomer.field.email')}
                type="email"
                autoComplete="off"
                spellCheck={false}
                error={message(errors.email?.message)}
                {...form.register('email')}
              />
            </div>
          </fieldset>

          <fieldset className="form-group">
            <legend>{t('createCustomer.group.personal')}</legend>
            <div className="form-grid">
              <EnumerationField
                control={form.control}
                name="relationshipStatus"
                enumeration="relationshipStatus"
                label={t('createCustomer.field.relationshipStatus')}
                maxLength={16}
                error={message(errors.relationshipStatus?.message)}
              />
              <EnumerationField
                control={form.control}
                name="highestEducationAttained"
                enumeration="education"
                label={t('createCustomer.field.education')}
                maxLength={32}
                error={message(errors.highestEducationAttained?.message)}
              />
              <EnumerationField
                control={form.control}
                name="employmentStatus"
                enumeration="employmentStatus"
                label={t('createCustomer.field.employment')}
                maxLength={32}
                error={message(errors.employmentStatus?.message)}
              />
              <TextField
                label={t('createCustomer.field.faceImageUrl')}
                type="url"
                autoComplete="off"
                spellCheck={false}
                error={message(errors.faceImageUrl?.message)}
                {...form.register('faceImageUrl')}
              />
              <TextField
                label={t('createCustomer.field.faceImageDate')}
                hint={t('createCustomer.hint.faceImageDate')}
                type="date"
                max={maxDay}
                error={message(errors.faceImageDate?.message)}
                {...form.register('faceImageDate')}
              />
            </div>
          </fieldset>

          <fieldset className="form-group">
            <legend>{t('createCustomer.group.dependants')}</legend>
            <p className="muted" aria-live="polite">
              {t('createCustomer.dependantsCount', { count: dependants.fields.length })}
            </p>
            {dependants.fields.length > 0 ? (
              <ol className="dependant-list">
                {dependants.fields.map((field, index) => (
                  <li key={field.id} className="dependant-row">
                    <TextField
                      label={t('createCustomer.field.dependantDateOfBirth', { number: index + 1 })}
                      type="date"
                      max={maxDay}
                      error={message(errors.dependants?.[index]?.dateOfBirth?.message)}
                      {...form.register(`dependants.${index}.dateOfBirth`)}
                    />
                    <button
                      type="button"
                      className="button"
                      onClick={() => {
                        dependants.remove(index);
                        addDependantRef.current?.focus();
                      }}
                    >
                      {t('createCustomer.removeDependant', { number: index + 1 })}
                    </button>
                  </li>
                ))}
              </ol>
            ) : null}
            <button ref={addDependantRef} type="button" className="button" onClick={() => dependants.append({ dateOfBirth: '' })}>
              {t('createCustomer.addDependant')}
            </button>
          </fieldset>

          <fieldset className="form-group">
            <legend>{t('createCustomer.group.bank')}</legend>
            <div className="form-grid">
              <TextField
                label={t('createCustomer.field.branchId')}
                hint={t('createCustomer.hint.branchId')}
                autoComplete="off"
                spellCheck={false}
                error={message(errors.branchId?.message)}
                {...form.register('branchId')}
              />
              <TextField
                label={t('createCustomer.field.lastOkDate')}
                type="date"
                max={maxDay}
                error={message(errors.lastOkDate?.message)}
                {...form.register('lastOkDate')}
              />
            </div>
            <div className="checkbox-field">
              <input
                id={`${headingId}-kyc`}
                type="checkbox"
                disabled={!canSetKyc.allowed}
                aria-describedby={canSetKyc.allowed ? undefined : `${headingId}-kyc-role`}
                {...form.register('kycStatus')}
              />
              <label htmlFor={`${headingId}-kyc`}>{t('createCustomer.field.kycStatus')}</label>
              <RoleRequirement permission={canSetKyc} id={`${headingId}-kyc-role`} />
            </div>
          </fieldset>

          <fieldset className="form-group">
            <legend>{t('createCustomer.group.credit')}</legend>
            <div className="form-grid">
              <TextField
                label={t('createCustomer.field.creditRating')}
                autoComplete="off"
                error={message(errors.creditRating?.message)}
                {...form.register('creditRating')}
              />
              <EnumerationField
                control={form.control}
                name="creditSource"
                enumeration="creditRatingAgency"
                label={t('createCustomer.field.creditSource')}
                error={message(errors.creditSource?.message)}
              />
              <TextField
                label={t('createCustomer.field.creditLimitCurrency')}
                hint={t('createCustomer.hint.currency')}
                autoComplete="off"
                spellCheck={false}
                maxLength={3}
                className="currency-input"
                error={message(errors.creditLimitCurrency?.message)}
                {...form.register('creditLimitCurrency')}
              />
              <TextField
                label={t('createCustomer.field.creditLimitAmount')}
                hint={t('createCustomer.hint.amount')}
                inputMode="decimal"
                autoComplete="off"
                error={message(errors.creditLimitAmount?.message)}
                {...form.register('creditLimitAmount')}
              />
            </div>
          </fieldset>

          {mutation.error ? (
            <div role="alert" className="alert alert-error">
              <p className="alert-title">{t('createCustomer.createFailed')}</p>
              <ErrorText error={mutation.error} />
            </div>
          ) : null}
          <div className="form-actions">
            <button type="submit" className="button button-primary">
              {mutation.isPending ? t('createCustomer.creating') : t('createCustomer.create')}
            </button>
            <Link to={searchUrl} className="button">
              {t('common.cancel')}
            </Link>
          </div>
        </fieldset>
        <p role="status" className="muted form-progress">
          {mutation.isPending
            ? t('createCustomer.waitingForServer')
            : mutation.isSuccess && !mutation.data
              ? t('createCustomer.savedUnreadable')
              : ''}
        </p>
      </form>
    </section>
  );
}
