import { useQuery } from '@tanstack/react-query';
import { useDocumentTitle } from '@/lib/document-title';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { isUnreadable } from '@/api/wire/tolerant';
import { rememberSearch } from '@/lib/last-search';
import { isObpError } from '@/api/errors';
import { SelectField, TextField } from '@/components/field';
import { ErrorMessage } from '@/components/error-message';
import { EmptyState, Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { GatedButton, RoleRequirement, UnavailableActions } from '@/components/role-requirement';
import { useI18n } from '@/i18n/i18n-context';
import { sortActions } from '@/lib/gated-actions';
import { usePermission } from '@/lib/permissions';
import { PatternPreview } from './pattern-preview';
import { ExportResults } from './export-results';
import { focusFirstResult, ResultsTable } from './results-table';
import { isRunnable, parseSearchParams, toSearchParams, type SearchMode, type SearchState } from './search-params';
import { customerQueries } from '@/api/resources/customers';
import { serverQueries, useServerKeeps } from '@/api/resources/server';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { longestLiteralRun } from './phone-pattern';

const MODES: SearchMode[] = ['phone', 'number', 'id', 'browse', 'mine'];

export function SearchPage({ bankId }: { bankId: string }) {
  const { t } = useI18n();
  useDocumentTitle(t('search.title'));
  const [params, setParams] = useSearchParams();
  const applied = parseSearchParams(params);
  const [draft, setDraft] = useState<SearchState>(applied);
  const inputRef = useRef<HTMLInputElement>(null);
  const headingId = useId();

  // Back/forward and followed links change the URL: the form shows what is applied.
  const appliedKey = params.toString();
  useEffect(() => setDraft(parseSearchParams(new URLSearchParams(appliedKey))), [appliedKey]);

  const permissions = {
    phone: usePermission('searchCustomersByPhone', bankId),
    number: usePermission('getCustomerByNumber', bankId),
    id: usePermission('getCustomerById', bankId),
    browse: usePermission('getCustomersAtBank', bankId),
    mine: usePermission('getMyCustomersAtBank', bankId),
  };
  const createPermission = usePermission('createCustomer', bankId);
  // A user who can never create customers gets no dead "New customer" button, only the closed note naming the role.
  const actions = sortActions({ create: { label: t('search.newCustomer'), permission: createPermission } });
  const appliedAllowed = permissions[applied.mode].allowed;
  const runnable = isRunnable(applied) && appliedAllowed;
  // OBP returns every match of the phone search at once: a pattern without three literal characters in a row may
  // download most of the bank, so it is confirmed first, and the console pages what came. A server that pages (the
  // sandbox) needs neither. The search waits until the console knows which server it is.
  const server = useQuery(serverQueries.capabilities());
  const serverPages = useServerKeeps('paged-phone-search');
  const results = useQuery({
    ...customerQueries.search(bankId, applied, { serverPages }),
    enabled: runnable && (applied.mode !== 'phone' || !server.isPending),
  });

  // The search is remembered (in memory) for "Back to results" and the Customers link.
  useEffect(() => {
    if (runnable) rememberSearch(bankId, appliedKey);
  }, [bankId, appliedKey, runnable]);

  // A customer number the user just looked up that matches exactly one customer opens the record at once; arriving
  // at the same search by a link or by "Back to results" shows the result instead.
  const navigate = useNavigate();
  const openSingleMatch = useRef(false);
  const single = results.data?.customers.length === 1 ? results.data.customers[0] : undefined;
  useEffect(() => {
    if (!openSingleMatch.current || results.isFetching || !single) return;
    openSingleMatch.current = false;
    if (applied.mode === 'number' && !isUnreadable(single) && single.customerNumber === applied.query) {
      void navigate(`/banks/${encodeURIComponent(bankId)}/customers/${encodeURIComponent(single.customerId)}/identity`);
    }
  }, [single, results.isFetching, applied.mode, applied.query, bankId, navigate]);

  const apply = (next: SearchState) => setParams(toSearchParams(next));

  const [broadSearch, setBroadSearch] = useState<SearchState | undefined>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = { ...draft, query: draft.mode === 'phone' ? draft.query : draft.query.trim(), page: 1 };
    openSingleMatch.current = next.mode === 'number';
    if (next.mode === 'phone' && !serverPages && longestLiteralRun(next.query) < 3) setBroadSearch(next);
    else apply(next);
  };

  const chooseMode = (mode: SearchMode) => {
    const next = { ...draft, mode, page: 1, query: mode === draft.mode ? draft.query : '' };
    setDraft(next);
    // Lists need no input: show them at once. Lookups wait for something to look up.
    if (mode === 'browse' || mode === 'mine') apply(next);
    else requestAnimationFrame(() => inputRef.current?.focus());
  };

  const queryField = {
    phone: { label: t('search.phoneLabel'), hint: t('search.phoneHint'), inputMode: 'tel' as const },
    number: { label: t('search.numberLabel'), hint: t('search.numberHint'), inputMode: 'text' as const },
    id: { label: t('search.idLabel'), hint: t('search.idHint'), inputMode: 'text' as const },
  };

  return (
    <section className="page" aria-labelledby={headingId}>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', justifyContent: 'space-between', gap: '0.5rem 1rem' }}>
        <h1 id={headingId}>{t('search.title')}</h1>
        {createPermission.allowed ? (
          <Link to={`/banks/${encodeURIComponent(bankId)}/customers/new`} className="button button-primary" style={{ textDecoration: 'none' }}>
            {t('search.newCustomer')}
          </Link>
        ) : actions.shown.create ? (
          <GatedButton permission={createPermission}>{t('search.newCustomer')}</GatedButton>
        ) : null}
      </div>
      <UnavailableActions actions={actions.unavailable} />
      <form role="search" className="search-form" onSubmit={submit} aria-label={t('search.formLabel')}>
        <fieldset className="mode-picker">
          <legend>{t('search.searchBy')}</legend>
          {MODES.map((mode) => (
            <label key={mode} className={`mode-option${permissions[mode].allowed ? '' : ' mode-option-disabled'}`}>
              <input
                type="radio"
                name="by"
                value={mode}
                checked={draft.mode === mode}
                disabled={!permissions[mode].allowed}
                onChange={() => chooseMode(mode)}
              />
              <span>{t(`search.mode.${mode}`)}</span>
              <RoleRequirement permission={permissions[mode]} />
            </label>
          ))}
        </fieldset>
        {draft.mode === 'phone' || draft.mode === 'number' || draft.mode === 'id' ? (
          <div className="search-row">
            <TextField
              ref={inputRef}
              key={draft.mode}
              name="q"
              label={queryField[draft.mode].label}
              hint={queryField[draft.mode].hint}
              inputMode={queryField[draft.mode].inputMode}
              autoComplete="off"
              spellCheck={false}
              value={draft.query}
              onChange={(event) => setDraft({ ...draft, query: event.target.value })}
              onKeyDown={(event) => {
                if (event.key === 'ArrowDown' && focusFirstResult()) event.preventDefault();
              }}
            />
            <button type="submit" className="button button-primary" disabled={!draft.query || !permissions[draft.mode].allowed}>
              {t('search.submit')}
            </button>
          </div>
        ) : null}
        {draft.mode === 'browse' ? (
          <SelectField
            label={t('search.sortLabel')}
            value={draft.sort}
            onChange={(event) => apply({ ...draft, sort: event.target.value === 'asc' ? 'asc' : 'desc', page: 1 })}
          >
            <option value="desc">{t('search.sortNewest')}</option>
            <option value="asc">{t('search.sortOldest')}</option>
          </SelectField>
        ) : null}
        {draft.mode === 'phone' ? <PatternPreview pattern={draft.query} /> : null}
      </form>

      <div className="search-results" aria-busy={results.isFetching}>
        {!appliedAllowed && isRunnable(applied) ? (
          <p className="alert alert-info">
            <RoleRequirement permission={permissions[applied.mode]} />
          </p>
        ) : !runnable ? (
          <EmptyState>{t('search.startHint')}</EmptyState>
        ) : results.isPending ? (
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
                onPage={(page) => apply({ ...applied, page })}
              />
            ) : null}
          </>
        )}
      </div>
      <ConfirmDialog
        open={broadSearch !== undefined}
        title={t('search.broadTitle')}
        confirmLabel={t('search.broadConfirm')}
        onConfirm={() => {
          if (broadSearch) apply(broadSearch);
          setBroadSearch(undefined);
        }}
        onCancel={() => setBroadSearch(undefined)}
      >
        <p>{t('search.broadBody', { pattern: broadSearch?.query ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}
