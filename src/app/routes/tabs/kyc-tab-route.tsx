import { useParams } from 'react-router';
import { KycTab } from '@/features/kyc/kyc-tab';
import { TabError } from './tab-error';

export function Component() {
  const { bankId = '', customerId = '' } = useParams();
  return <KycTab bankId={bankId} customerId={customerId} />;
}

export const ErrorBoundary = TabError;
