import { useParams, type LoaderFunctionArgs } from 'react-router';
import { SearchPage } from '@/features/customer-search/search-page';
import { isRunnable, parseSearchParams } from '@/features/customer-search/search-params';
import { customerSearchQueries } from '@/features/customer-search/search-queries';
import { queryClient } from '@/lib/query-client';

/** Starts the search the URL describes while the page renders; the page shows its loading state meanwhile. */
export function loader({ params, request }: LoaderFunctionArgs) {
  const state = parseSearchParams(new URL(request.url).searchParams);
  if (params.bankId && isRunnable(state) && state.mode !== 'browse') {
    void queryClient.prefetchQuery(customerSearchQueries.results(params.bankId, state));
  }
  return null;
}

export function Component() {
  const { bankId = '' } = useParams();
  return <SearchPage key={bankId} bankId={bankId} />;
}
