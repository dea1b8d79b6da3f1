import { useParams } from 'react-router';
import { CrmEventsPage } from '@/features/crm-events/crm-events-page';

export function Component() {
  const { bankId = '' } = useParams();
  return <CrmEventsPage key={bankId} bankId={bankId} />;
}
