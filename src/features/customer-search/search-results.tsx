import { useQuery } from '@tanstack/react-query';
import { memo, useEffect, useMemo, type RefObject } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { isObpError } from '@/api/errors';
import { customerQueries } from '@/api/resources/customers';
import { isUnreadable } from '@/api/wire/tolerant';
import { ErrorMessage } from '@/components/error-message';
import { EmptyState, Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { useTranslation } from '@/i18n/i18n-context';
import { ExportResults } from './export-results';
import { ResultsTable } from './results-table';
import { toSearchParams, type SearchState } from './search-params';

type Props = {
  bankId: string;
  /** The search in the URL; the same object while the URL does not change. */
  applied: SearchState;
  /** Whether the server pages the phone search (the sandbox); else every match comes in one answer (OBP). */
  serverPages: boolean;
  enabled: boolean;
  /** Set when the user has just looked up a number: a single exact match then opens the record. */
  openSingleMatch: RefObject<boolean>;
};

/**
 * What the applied search found: the count, the table and the pages. Its own component, kept apart from the form: an
 * answer from a server that does not page grows a few times a second while its rows arrive (20,000 of them for a `%`),
 * and each time only this part renders again — not the mode picker, the pattern preview or the field being typed in —
 * and of the table only what changed (rows are kept as read, see `pageOfEveryMatch`).
 */
export const SearchResults = memo(function SearchResults({ bankId, applied, serverPages, enabled, openSingleMatch }: Props) {
  const t = useTranslation();
  const [, setParams] = useSearchParams();
  // The same options (and `select`) while the search is the same: a new `select` would read the page again at every render.
  const search = useMemo(() => customerQueries.search(bankId, applied, { serverPages }), [bankId, applied, serverPages]);
  const results = useQuery({ ...search, enabled });

  // A customer number the user just looked up that matches exactly one customer opens the record at once; arriving
  // at the same search by a link or by "Back to results" shows the result instead.
  const navigate = useNavigate();
  const single = results.data?.customers.length === 1 ? results.data.customers[0] : undefined;
  useEffect(() => {
    if (!openSingleMatch.current || results.isFetching || !single) return;
    openSingleMatch.current = false;
    if (applied.mode === 'number' && !isUnreadable(single) && single.customerNumber === applied.query) {
      void navigate(`/banks/${encodeURIComponent(bankId)}/customers/${encodeURIComponent(single.customerId)}/identity`);
    }
  }, [single, results.isFetching, applied.mode, applied.query, bankId, navigate, openSingleMatch]);

  return (
    <div className="search-results" aria-busy={results.isFetching}>
      {results.isPending ? (
        <Loading label={t('search.searching')} />
      ) : results.isError ? (
        isObpError(results.error) && results.error.status === 404 && (applied.mode === 'number' || applied.mode === 'id') ? (
          <EmptyState>{t(applied.mode === 'number' ? 'search.numberNotFound' : 'search.idNotFound', { value: applied.query, bank: bankId })}</EmptyState>
        ) : (
          <ErrorMessage error={results.error} onRetry={() => void results.refetch()} />
        )
      ) : (
        <>
          <p className="result-count" role="status">
            {results.data.total !== undefined
              ? t('search.matches', { count: results.data.total })
              : results.data.totalAtLeast !== undefined
                ? t('search.matchesAtLeast', { count: results.data.totalAtLeast })
                : t('search.showingRange', {
                  from: (applied.page - 1) * applied.pageSize + (results.data.customers.length ? 1 : 0),
                  to: (applied.page - 1) * applied.pageSize + results.data.customers.length,
                })}
          </p>
          {results.data.customers.length === 0 ? (
            <EmptyState>{applied.mode === 'mine' ? t('search.noOwnCustomers') : t('search.noMatches')}</EmptyState>
          ) : (
            <>
              <ExportResults bankId={bankId} search={applied} />
              <ResultsTable bankId={bankId} customers={results.data.customers} caption={t('search.resultsCaption')} />
            </>
          )}
          {results.data.hasNext || applied.page > 1 ? (
            <Pagination
              label={t('search.pagination')}
              page={applied.page}
              pageSize={applied.pageSize}
              total={results.data.total}
              hasNext={results.data.hasNext}
              onPage={(page) => setParams(toSearchParams({ ...applied, page }))}
            />
          ) : null}
        </>
      )}
    </div>
  );
});
