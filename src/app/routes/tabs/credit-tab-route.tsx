import { useParams } from 'react-router';
import { CreditTab } from '@/features/credit/credit-tab';
import { TabError } from './tab-error';

export function Component() {
  const { bankId = '', customerId = '' } = useParams();
  return <CreditTab bankId={bankId} customerId={customerId} />;
}

export const ErrorBoundary = TabError;
