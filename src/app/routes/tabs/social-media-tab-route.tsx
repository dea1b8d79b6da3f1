import { ComingNext } from './coming-next';
import { TabError } from './tab-error';

export function Component() {
  return <ComingNext tab="social-media" />;
}

export const ErrorBoundary = TabError;
