import { isObpError } from '@/api/errors';
import { ErrorMessage } from '@/components/error-message';
import { useTranslation } from '@/i18n/i18n-context';
import { NotFound } from './not-found';
import type { RouteErrorProps } from './router';

/** A route's failure: a 404 is a not-found page; anything else says why and offers to try again. */
export function RouteError({ error, retry }: RouteErrorProps) {
  const t = useTranslation();
  if (isObpError(error) && error.status === 404 && !error.isNotServed) return <NotFound detail={error.message} />;
  if (isObpError(error) && error.isUnauthenticated) return null; // The session handler is already taking the user to sign in.
  return (
    <section className="page" aria-labelledby="route-error-title">
      <h1 id="route-error-title">{t('errors.pageTitle')}</h1>
      <ErrorMessage error={error} onRetry={retry} />
    </section>
  );
}
