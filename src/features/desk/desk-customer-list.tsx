import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { deskCapabilities, deskConnector, deskCustomerQueries } from '@/api/resources/desk-customers';
import { ErrorMessage } from '@/components/error-message';
import { EmptyState, Loading } from '@/components/loading';
import { useI18n } from '@/i18n/i18n-context';
import { useDeskPermission } from '@/lib/desk-permissions';
import { useDocumentTitle } from '@/lib/document-title';
import { sortActions } from '@/lib/gated-actions';
import { DeskGatedButton, DeskRoleNote, DeskUnavailableActions } from './desk-role-note';
import { customerPageFromSearch } from './desk-paging';

/**
 * Every customer of the backend, in the backend's own paging: OpenWealth's cursor (forward only; "first page" goes
 * back to the start) or bankingservice.ai's numbered pages with their total. The page lives in the URL.
 */
export function DeskCustomerList() {
  const { t, formatDate } = useI18n();
  useDocumentTitle(t('desk.list.title'));
  const headingId = useId();
  const [search, setSearch] = useSearchParams();
  const navigate = useNavigate();
  const connector = deskConnector();
  const capabilities = deskCapabilities();
  const request = customerPageFromSearch(search, capabilities);
  const list = useQuery({ ...deskCustomerQueries.list(request), placeholderData: keepPreviousData });
  const readPermission = useDeskPermission(connector.backend, connector.operations.list);
  const createPermission = useDeskPermission(connector.backend, connector.operations.create);
  // A staff member who can never create gets no dead button, only the closed note naming the role.
  const actions = sortActions({
    create: capabilities.has('create-customer') && { label: t('desk.list.create'), permission: createPermission },
  });
  const pageInfo = list.data?.page;
  const nextCursor = list.data?.nextCursor;

  return (
    <section className="page" aria-labelledby={headingId}>
      <div className="desk-list-header">
        <h1 id={headingId}>{t('desk.list.title')}</h1>
        {actions.shown.create ? (
          <DeskGatedButton permission={createPermission} className="button button-primary" onClick={() => void navigate('/customers/new')}>
            {t('desk.list.create')}
          </DeskGatedButton>
        ) : null}
      </div>
      <DeskUnavailableActions actions={actions.unavailable} />
      <p className="muted">{t(`desk.backend.${connector.backend}.listIntro`)}</p>
      {search.get('deleted') ? (
        <p role="status" className="alert alert-info">
          {t('desk.list.deleted', { name: search.get('deleted')! })}
        </p>
      ) : null}
      {!readPermission.allowed && !readPermission.pending ? <DeskRoleNote permission={readPermission} /> : null}
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data ? (
        list.data.rows.length === 0 ? (
          <EmptyState>{t('desk.list.empty')}</EmptyState>
        ) : (
          <>
            {list.data.page ? (
              <p className="result-count" aria-live="polite">
                {t('desk.list.count', { count: list.data.page.count })}
              </p>
            ) : null}
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">{t('desk.list.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('desk.field.name')}</th>
                    {capabilities.has('company') ? <th scope="col">{t('desk.field.company')}</th> : null}
                    {capabilities.has('customer-status') ? <th scope="col">{t('desk.field.status')}</th> : null}
                    {capabilities.has('company') ? <th scope="col">{t('desk.field.email')}</th> : null}
                    <th scope="col">{t(capabilities.has('customer-status') ? 'desk.field.openingDate' : 'desk.field.created')}</th>
                    <th scope="col">{t('desk.field.id')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.rows.map((row) => (
                    <tr key={row.id}>
                      <td>
                        <Link to={`/customers/${encodeURIComponent(row.id)}`}>{row.name ?? row.company ?? t('desk.noName')}</Link>
                      </td>
                      {capabilities.has('company') ? <td>{row.company ?? '—'}</td> : null}
                      {capabilities.has('customer-status') ? <td>{row.status ? t(`desk.status.${row.status}`) : t('common.notRecorded')}</td> : null}
                      {capabilities.has('company') ? <td>{row.email ?? '—'}</td> : null}
                      <td>{row.created ? formatDate(row.created) : t('common.notRecorded')}</td>
                      <td className="phone">{row.id}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <nav className="pagination" aria-label={t('desk.list.paging')}>
              {pageInfo ? (
                <>
                  <button type="button" className="button" disabled={pageInfo.index <= 0} onClick={() => setSearch({ page: String(pageInfo.index) })}>
                    {t('common.previousPage')}
                  </button>
                  <span aria-live="polite">{t('common.pageOf', { page: pageInfo.index + 1, pages: Math.max(1, pageInfo.pages) })}</span>
                  <button type="button" className="button" disabled={pageInfo.index + 1 >= pageInfo.pages} onClick={() => setSearch({ page: String(pageInfo.index + 2) })}>
                    {t('common.nextPage')}
                  </button>
                </>
              ) : (
                <>
                  <button type="button" className="button" disabled={!request.cursor} onClick={() => setSearch({})}>
                    {t('desk.list.firstPage')}
                  </button>
                  <button type="button" className="button" disabled={!nextCursor} onClick={() => nextCursor && setSearch({ cursor: nextCursor })}>
                    {t('common.nextPage')}
                  </button>
                </>
              )}
            </nav>
          </>
        )
      ) : null}
      <p className="muted desk-not-offered">{t(`desk.backend.${connector.backend}.notOffered`)}</p>
    </section>
  );
}
