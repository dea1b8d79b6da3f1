import { useParams } from 'react-router';
import { SearchPage } from '@/features/customer-search/search-page';

export function Component() {
  const { bankId = '' } = useParams();
  return <SearchPage key={bankId} bankId={bankId} />;
}
