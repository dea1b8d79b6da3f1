import { zodResolver } from '@hookform/resolvers/zod';
import { ErrorText } from '@/components/error-message';
import { useEffect, useId } from 'react';
import { useForm } from 'react-hook-form';
import { TextField } from '@/components/field';
import { useI18n } from '@/i18n/i18n-context';
import { SOCIAL_MEDIA_FIELD_LIMITS } from '@/api/drafts/social-media';
import { emptySocialMediaForm, socialMediaDraft, socialMediaFormSchema, SUGGESTED_NETWORKS, type SocialMediaFormValues } from './social-media-form-schema';
import { useAddSocialMediaHandle } from '@/api/resources/social-media';

type Props = {
  bankId: string;
  customerId: string;
  customerNumber: string;
  onCancel: () => void;
  onSaved: (saved: { type: string; handle: string }) => void;
};

/** Adds one handle; OBP keeps no way to change or remove it afterwards, so the form says what will be stored. */
export function SocialMediaForm({ bankId, customerId, customerNumber, onCancel, onSaved }: Props) {
  const { t } = useI18n();
  const titleId = useId();
  const networksId = useId();
  const add = useAddSocialMediaHandle(bankId, customerId);
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors },
  } = useForm<SocialMediaFormValues>({ resolver: zodResolver(socialMediaFormSchema), defaultValues: emptySocialMediaForm() });
  const error = (message: string | undefined, max?: number) => (message ? t(message, max === undefined ? undefined : { max }) : undefined);

  useEffect(() => setFocus('type'), [setFocus]);

  const submit = handleSubmit(async (values) => {
    const handle = socialMediaDraft(values, customerNumber);
    try {
      await add.mutateAsync(handle);
      onSaved({ type: handle.type, handle: handle.handle });
    } catch {
      // Shown below from the mutation's error; every value stays as typed.
    }
  });

  return (
    <form className="social-form" aria-labelledby={titleId} noValidate onSubmit={submit}>
      <h3 id={titleId}>{t('socialMedia.addTitle')}</h3>
      <p className="field-hint">{t('socialMedia.formIntro', { number: customerNumber })}</p>
      <fieldset disabled={add.isPending}>
        <div className="social-form-grid">
          <TextField
            label={t('socialMedia.type')}
            required
            list={networksId}
            hint={t('socialMedia.typeHint', { max: SOCIAL_MEDIA_FIELD_LIMITS.type })}
            autoComplete="off"
            spellCheck={false}
            error={error(errors.type?.message, SOCIAL_MEDIA_FIELD_LIMITS.type)}
            {...register('type')}
          />
          <datalist id={networksId}>
            {SUGGESTED_NETWORKS.map((network) => (
              <option key={network} value={network} />
            ))}
          </datalist>
          <TextField
            label={t('socialMedia.handle')}
            required
            hint={t('socialMedia.handleHint', { max: SOCIAL_MEDIA_FIELD_LIMITS.handle })}
            autoComplete="off"
            spellCheck={false}
            error={error(errors.handle?.message, SOCIAL_MEDIA_FIELD_LIMITS.handle)}
            {...register('handle')}
          />
          <TextField
            type="datetime-local"
            label={t('socialMedia.dateAdded')}
            required
            hint={t('socialMedia.dateAddedHint')}
            error={error(errors.dateAdded?.message)}
            {...register('dateAdded')}
          />
          <TextField
            type="datetime-local"
            label={t('socialMedia.dateActivated')}
            hint={t('socialMedia.dateActivatedHint')}
            error={error(errors.dateActivated?.message)}
            {...register('dateActivated')}
          />
        </div>
        {add.isError ? (
          <div role="alert" className="alert alert-error">
            <ErrorText error={add.error} />
          </div>
        ) : null}
        <div className="social-form-actions">
          <button type="submit" className="button button-primary">
            {add.isPending ? t('socialMedia.saving') : t('socialMedia.submitAdd')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
