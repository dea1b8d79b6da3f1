import { useParams } from 'react-router';
import { TimelineTab } from '@/features/timeline/timeline-tab';
import { TabError } from './tab-error';

export function Component() {
  const { bankId = '', customerId = '' } = useParams();
  return <TimelineTab bankId={bankId} customerId={customerId} />;
}

export const ErrorBoundary = TabError;
