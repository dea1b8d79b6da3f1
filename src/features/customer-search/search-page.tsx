import { useQuery } from '@tanstack/react-query';
import { useDocumentTitle } from '@/lib/document-title';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { rememberSearch } from '@/lib/last-search';
import { SelectField, TextField } from '@/components/field';
import { EmptyState } from '@/components/loading';
import { GatedButton, RoleRequirement, UnavailableActions } from '@/components/role-requirement';
import { useI18n } from '@/i18n/i18n-context';
import { sortActions } from '@/lib/gated-actions';
import { usePermission } from '@/lib/permissions';
import { PatternPreview } from './pattern-preview';
import { focusFirstResult } from './results-table';
import { SearchResults } from './search-results';
import { isRunnable, parseSearchParams, toSearchParams, type SearchMode, type SearchState } from './search-params';
import { serverQueries, useServerKeeps } from '@/api/resources/server';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { longestLiteralRun } from './phone-pattern';

const MODES: SearchMode[] = ['phone', 'number', 'id', 'browse', 'mine'];

export function SearchPage({ bankId }: { bankId: string }) {
  const { t } = useI18n();
  useDocumentTitle(t('search.title'));
  const [params, setParams] = useSearchParams();
  // Back/forward and followed links change the URL: the form shows what is applied.
  const appliedKey = params.toString();
  // One object per URL: the results (SearchResults, memoised) render again when the search changes, not at every key.
  const applied = useMemo(() => parseSearchParams(new URLSearchParams(appliedKey)), [appliedKey]);
  const [draft, setDraft] = useState<SearchState>(applied);
  const inputRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  useEffect(() => setDraft(applied), [applied]);

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
  const enabled = runnable && (applied.mode !== 'phone' || !server.isPending);

  // The search is remembered (in memory) for "Back to results" and the Customers link.
  useEffect(() => {
    if (runnable) rememberSearch(bankId, appliedKey);
  }, [bankId, appliedKey, runnable]);

  // A number just looked up that matches exactly one customer opens its record (SearchResults).
  const openSingleMatch = useRef(false);

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

      {!appliedAllowed && isRunnable(applied) ? (
        <div className="search-results">
          <p className="alert alert-info">
            <RoleRequirement permission={permissions[applied.mode]} />
          </p>
        </div>
      ) : !runnable ? (
        <div className="search-results">
          <EmptyState>{t('search.startHint')}</EmptyState>
        </div>
      ) : (
        <SearchResults bankId={bankId} applied={applied} serverPages={serverPages} enabled={enabled} openSingleMatch={openSingleMatch} />
      )}
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
