import { ComingNext } from './coming-next';
import { TabError } from './tab-error';

export function Component() {
  return <ComingNext tab="tax" />;
}

export const ErrorBoundary = TabError;
