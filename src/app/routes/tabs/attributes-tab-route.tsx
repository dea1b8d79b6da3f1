import { ComingNext } from './coming-next';
import { TabError } from './tab-error';

export function Component() {
  return <ComingNext tab="attributes" />;
}

export const ErrorBoundary = TabError;
