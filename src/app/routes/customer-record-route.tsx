import { useParams, type LoaderFunctionArgs } from 'react-router';
import { RecordLayout } from '@/features/customer-record/record-layout';
import { customerQueries } from '@/lib/customers';
import { queryClient } from '@/lib/query-client';

export async function loader({ params }: LoaderFunctionArgs) {
  await queryClient.ensureQueryData(customerQueries.detail(params.bankId ?? '', params.customerId ?? ''));
  return null;
}

export function Component() {
  const { bankId = '', customerId = '' } = useParams();
  return <RecordLayout bankId={bankId} customerId={customerId} />;
}
