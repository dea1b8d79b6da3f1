import { useRevalidator, useRouteError } from 'react-router';
import { ErrorMessage } from '@/components/error-message';

/** A tab that fails shows its error and a retry in its own panel; the header and the other tabs keep working. */
export function TabError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  return <ErrorMessage error={error} onRetry={() => void revalidator.revalidate()} />;
}
