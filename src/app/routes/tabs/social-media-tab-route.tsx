import { useParams } from 'react-router';
import { SocialMediaTab } from '@/features/social-media/social-media-tab';
import { TabError } from './tab-error';

export function Component() {
  const { bankId = '', customerId = '' } = useParams();
  return <SocialMediaTab bankId={bankId} customerId={customerId} />;
}

export const ErrorBoundary = TabError;
