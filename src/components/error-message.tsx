import { useTranslation } from '@/i18n/i18n-context';
import { describeError } from './describe-error';

type Props = { error: unknown; onRetry?: () => void; title?: string };

/** An error in a list, tab or form: says what happened and, where trying again can help, offers it. */
export function ErrorMessage({ error, onRetry, title }: Props) {
  const t = useTranslation();
  return (
    <div role="alert" className="alert alert-error">
      {title ? <p className="alert-title">{title}</p> : null}
      <p>{describeError(error, t)}</p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
