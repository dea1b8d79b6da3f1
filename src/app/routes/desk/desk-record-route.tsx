import { useParams } from 'react-router';
import { DeskRecordLayout } from '@/features/desk/desk-record-layout';

export function Component() {
  const { customerId = '' } = useParams();
  return <DeskRecordLayout customerId={customerId} />;
}
