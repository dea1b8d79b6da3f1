import { ComingNext } from './coming-next';
import { TabError } from './tab-error';

export function Component() {
  return <ComingNext tab="kyc" />;
}

export const ErrorBoundary = TabError;
