import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { isObpError } from '@/api/errors';
import { ErrorMessage } from '@/components/error-message';
import { useTranslation } from '@/i18n/i18n-context';
import { NotFound } from './not-found';

/** A route's failure: a 404 is a not-found page; a network failure offers to try again; anything else says why. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  const t = useTranslation();
  if ((isRouteErrorResponse(error) && error.status === 404) || (isObpError(error) && error.status === 404)) {
    return <NotFound detail={isObpError(error) ? error.message : undefined} />;
  }
  const retryable = isObpError(error) && (error.isNetworkFailure || error.status >= 500);
  return (
    <section className="page" aria-labelledby="route-error-title">
      <h1 id="route-error-title">{t('errors.pageTitle')}</h1>
      <ErrorMessage error={error} onRetry={retryable ? () => void revalidator.revalidate() : undefined} />
    </section>
  );
}
