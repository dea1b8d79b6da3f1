import { Link } from 'react-router';
import { useTranslation } from '@/i18n/i18n-context';

export function NotFound({ detail }: { detail?: string | undefined }) {
  const t = useTranslation();
  return (
    <section className="page" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('errors.notFoundTitle')}</h1>
      <p>{t('errors.notFoundBody')}</p>
      {/* OBP's own words are for whoever asks: under "details", not as the lead. */}
      {detail ? (
        <details className="error-details">
          <summary>{t('errors.details')}</summary>
          <p className="muted">{detail}</p>
        </details>
      ) : null}
      <p>
        <Link to="/">{t('errors.backToSearch')}</Link>
      </p>
    </section>
  );
}
