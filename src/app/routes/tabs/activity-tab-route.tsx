import { useParams } from 'react-router';
import { ActivityTab } from '@/features/activity/activity-tab';
import { TabError } from './tab-error';

export function Component() {
  const { bankId = '', customerId = '' } = useParams();
  return <ActivityTab bankId={bankId} customerId={customerId} />;
}

export const ErrorBoundary = TabError;
