import { ErrorMessage } from '@/components/error-message';
import type { RouteErrorProps } from '../../router';

/** A tab that fails shows its error and a retry in its own panel; the header and the other tabs keep working. */
export function TabError({ error, retry }: RouteErrorProps) {
  return <ErrorMessage error={error} onRetry={retry} />;
}
