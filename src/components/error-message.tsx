import { useTranslation } from '@/i18n/i18n-context';
import { explainError, isRetryable } from './describe-error';

/**
 * What went wrong in people's words, with OBP's code and message under a "details" disclosure. Goes inside an alert
 * of the caller's (a form's `role="alert"` box) or, through `ErrorMessage`, as one.
 */
export function ErrorText({ error }: { error: unknown }) {
  const t = useTranslation();
  const { summary, detail } = explainError(error, t);
  return (
    <>
      <p>{summary}</p>
      {detail ? (
        <details className="error-details">
          <summary>{t('errors.details')}</summary>
          <p>{detail.message.startsWith(detail.code) ? detail.message : `${detail.code}: ${detail.message}`}</p>
        </details>
      ) : null}
    </>
  );
}

type Props = { error: unknown; onRetry?: () => void; title?: string };

/** An error in a list, tab or form: says what happened and, only where trying again can help, offers it. */
export function ErrorMessage({ error, onRetry, title }: Props) {
  const t = useTranslation();
  return (
    <div role="alert" className="alert alert-error">
      {title ? <p className="alert-title">{title}</p> : null}
      <ErrorText error={error} />
      {onRetry && isRetryable(error) ? (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
