import { useParams } from 'react-router';
import { CreateCustomerPage } from '@/features/create-customer/create-customer-page';

export function Component() {
  const { bankId = '' } = useParams();
  return <CreateCustomerPage key={bankId} bankId={bankId} />;
}
