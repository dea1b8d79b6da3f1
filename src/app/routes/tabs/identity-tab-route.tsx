import { useParams } from 'react-router';
import { IdentityTab } from '@/features/identity/identity-tab';
import { TabError } from './tab-error';

export function Component() {
  const { bankId = '', customerId = '' } = useParams();
  return <IdentityTab bankId={bankId} customerId={customerId} />;
}

export const ErrorBoundary = TabError;
