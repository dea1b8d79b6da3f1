import { useParams } from 'react-router';
import { RecordLayout } from '@/features/customer-record/record-layout';

export function Component() {
  const { bankId = '', customerId = '' } = useParams();
  return <RecordLayout bankId={bankId} customerId={customerId} />;
}
