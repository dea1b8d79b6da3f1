import type { ReactNode } from 'react';
import { useTranslation } from '@/i18n/i18n-context';
import { ErrorText } from './error-message';

/**
 * The end of an edit form: what went wrong with the last save (the form keeps every typed value), then the submit
 * button (its label while saving) and Cancel.
 */
export function FormFooter({
  mutation,
  submitLabel,
  savingLabel,
  onCancel,
  actionsClassName,
}: {
  mutation: { isError: boolean; isPending: boolean; error: unknown };
  submitLabel: ReactNode;
  savingLabel: ReactNode;
  onCancel: () => void;
  actionsClassName: string;
}) {
  const t = useTranslation();
  return (
    <>
      {mutation.isError ? (
        <div role="alert" className="alert alert-error">
          <ErrorText error={mutation.error} />
        </div>
      ) : null}
      <div className={actionsClassName}>
        <button type="submit" className="button button-primary">
          {mutation.isPending ? savingLabel : submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </>
  );
}
