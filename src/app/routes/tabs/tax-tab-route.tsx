import { useParams } from 'react-router';
import { TaxResidencesTab } from '@/features/tax-residences/tax-residences-tab';
import { TabError } from './tab-error';

export function Component() {
  const { bankId = '', customerId = '' } = useParams();
  return <TaxResidencesTab bankId={bankId} customerId={customerId} />;
}

export const ErrorBoundary = TabError;
