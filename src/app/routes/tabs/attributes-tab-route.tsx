import { useParams } from 'react-router';
import { CustomerAttributesTab } from '@/features/customer-attributes/customer-attributes-tab';
import { TabError } from './tab-error';

export function Component() {
  const { bankId = '', customerId = '' } = useParams();
  return <CustomerAttributesTab bankId={bankId} customerId={customerId} />;
}

export const ErrorBoundary = TabError;
