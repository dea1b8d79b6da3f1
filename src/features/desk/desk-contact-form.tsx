import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId } from 'react';
import { useForm } from 'react-hook-form';
import { CONTACT_MEDIA } from '@/api/connectors/connector';
import { useAddDeskContactDetail } from '@/api/resources/desk-customers';
import { ErrorText } from '@/components/error-message';
import { SelectField, TextField } from '@/components/field';
import { useI18n } from '@/i18n/i18n-context';
import { contactFormSchema, contactInput, emptyContactForm, type ContactFormValues } from './desk-form-schemas';

type Props = { personId: string; personName: string; onDone: (message: string) => void; onCancel: () => void };

/** Adds a contact detail to a person (OpenWealth `POST /persons/{personId}/contactdetails`). */
export function DeskContactForm({ personId, personName, onDone, onCancel }: Props) {
  const { t } = useI18n();
  const titleId = useId();
  const add = useAddDeskContactDetail(personId);
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors },
  } = useForm<ContactFormValues>({ resolver: zodResolver(contactFormSchema), defaultValues: emptyContactForm() });
  const error = (message: string | undefined) => (message ? t(message) : undefined);
  useEffect(() => setFocus('medium'), [setFocus]);

  const submit = handleSubmit(async (values) => {
    try {
      await add.mutateAsync(contactInput(values));
      onDone(t('desk.persons.contactAdded', { person: personName }));
    } catch {
      // Shown below; every value stays as typed.
    }
  });

  return (
    <form className="desk-form" aria-labelledby={titleId} noValidate onSubmit={submit}>
      <h4 id={titleId}>{t('desk.persons.addContactTitle', { person: personName })}</h4>
      <fieldset disabled={add.isPending}>
        <div className="desk-form-grid">
          <SelectField label={t('desk.persons.medium')} required error={error(errors.medium?.message)} {...register('medium')}>
            {CONTACT_MEDIA.map((medium) => (
              <option key={medium} value={medium}>
                {t(`desk.medium.${medium}`)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('desk.persons.mediumType')} error={error(errors.mediumType?.message)} {...register('mediumType')}>
            <option value="">{t('desk.persons.mediumTypeNone')}</option>
            <option value="private">{t('desk.mediumType.private')}</option>
            <option value="business">{t('desk.mediumType.business')}</option>
          </SelectField>
          <TextField label={t('desk.persons.content')} required hint={t('desk.persons.contentHint')} error={error(errors.content?.message)} {...register('content')} />
          <TextField label={t('desk.persons.additional')} error={error(errors.additionalInformation?.message)} {...register('additionalInformation')} />
        </div>
        {add.isError ? (
          <div role="alert" className="alert alert-error">
            <ErrorText error={add.error} />
          </div>
        ) : null}
        <div className="desk-actions">
          <button type="submit" className="button button-primary">
            {add.isPending ? t('desk.saving') : t('desk.persons.submitContact')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
