import { useParams } from 'react-router';
import { AddressesTab } from '@/features/addresses/addresses-tab';
import { TabError } from './tab-error';

export function Component() {
  const { bankId = '', customerId = '' } = useParams();
  return <AddressesTab bankId={bankId} customerId={customerId} />;
}

export const ErrorBoundary = TabError;
