import { useParams } from 'react-router';
import { HomePage } from '@/features/home/home-page';

export function Component() {
  const { bankId = '' } = useParams();
  return <HomePage key={bankId} bankId={bankId} />;
}
