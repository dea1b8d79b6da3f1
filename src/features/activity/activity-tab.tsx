import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { ACTIVITY_PAGE_SIZE, metricQueries } from '@/api/resources/metrics';
import type { Metric } from '@/api/wire/metrics';
import { isUnreadable } from '@/api/wire/tolerant';
import { ErrorMessage } from '@/components/error-message';
import { SelectField, TextField } from '@/components/field';
import { EmptyState, Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { useI18n } from '@/i18n/i18n-context';
import { usePermission } from '@/lib/permissions';
import {
  ACTIVITY_VERBS,
  NO_FILTERS,
  actionOf,
  activityParams,
  obpDayEnd,
  obpDayStart,
  parseActivityFilters,
  pathOf,
  type ActivityFilters,
} from './activity-filters';
import './activity.css';

type Props = { bankId: string; customerId: string };

/**
 * Who viewed or changed this customer, when, and through which operation: the server's API metrics (OBP's
 * `GET /management/metrics`, CanReadMetrics) for the calls that name the customer in their address, newest first,
 * paged and filtered by user, kind of call and dates with OBP's own parameters.
 */
export function ActivityTab({ bankId, customerId }: Props) {
  const { t } = useI18n();
  const permission = usePermission('getMetrics', bankId);
  const [params, setParams] = useSearchParams();
  const filters = parseActivityFilters(params);
  const query = useQuery({
    ...metricQueries.customerActivity({
      customerId,
      userId: filters.user,
      verb: filters.verb,
      fromDate: obpDayStart(filters.from),
      toDate: obpDayEnd(filters.to),
      offset: (filters.page - 1) * ACTIVITY_PAGE_SIZE,
    }),
    enabled: permission.allowed,
  });
  const apply = (next: Partial<ActivityFilters>) => setParams(activityParams({ ...filters, page: 1, ...next }), { replace: true });
  const anyFilter = Boolean(filters.user || filters.verb || filters.from || filters.to);

  return (
    <section aria-labelledby="activity-title" className="tab-section activity-tab">
      <h2 id="activity-title">{t('record.tab.activity')}</h2>
      <p className="field-hint">{t('activity.intro')}</p>
      {!permission.allowed ? (
        permission.pending ? (
          <Loading />
        ) : (
          <p className="alert alert-info">{t('activity.requires', { roles: permission.missingRoles.join(t('errors.roleSeparator')) })}</p>
        )
      ) : (
        <>
          <ActivityFilterForm key={params.toString()} filters={filters} onApply={apply} />
          {query.isPending ? (
            <Loading label={t('activity.loading')} />
          ) : query.isError ? (
            <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
          ) : (
            <>
              {query.data.received > query.data.rows.length ? (
                <p className="alert alert-info">{t('activity.unfilteredNote', { received: query.data.received, shown: query.data.rows.length })}</p>
              ) : null}
              {query.data.rows.length === 0 ? (
                <EmptyState>{anyFilter ? t('activity.noneFiltered') : t('activity.none')}</EmptyState>
              ) : (
                <div className="table-scroll">
                  <table className="data-table activity-table">
                    <caption className="visually-hidden">{t('activity.caption', { page: filters.page })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('activity.when')}</th>
                        <th scope="col">{t('activity.who')}</th>
                        <th scope="col">{t('activity.what')}</th>
                        <th scope="col">{t('activity.operation')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {query.data.rows.map((row, index) =>
                        isUnreadable(row) ? (
                          <tr key={`unreadable-${index}`}>
                            <td colSpan={4}>{t('activity.unreadable', { id: row.id || '—', problem: row.problem })}</td>
                          </tr>
                        ) : (
                          <ActivityRow key={`${row.correlationId}-${index}`} metric={row} onlyUser={(user) => apply({ user })} />
                        ),
                      )}
                    </tbody>
                  </table>
                </div>
              )}
              {filters.page > 1 || query.data.received >= query.data.limit ? (
                <Pagination
                  label={t('activity.pagination')}
                  page={filters.page}
                  pageSize={ACTIVITY_PAGE_SIZE}
                  hasNext={query.data.received >= query.data.limit}
                  onPage={(page) => setParams(activityParams({ ...filters, page }), { replace: true })}
                />
              ) : null}
            </>
          )}
        </>
      )}
    </section>
  );
}

function ActivityRow({ metric, onlyUser }: { metric: Metric; onlyUser: (userId: string) => void }) {
  const { t, formatDate } = useI18n();
  const action = actionOf(metric.verb);
  const who = metric.userName || (metric.userId ? metric.userId : t('activity.anonymous'));
  return (
    <tr>
      <td>
        {metric.date ? <time dateTime={metric.date}>{formatDate(metric.date, { dateStyle: 'medium', timeStyle: 'medium' })}</time> : t('common.notRecorded')}
      </td>
      <td>
        <span className="activity-user">{who}</span>
        {metric.userId ? (
          <>
            <code className="muted activity-user-id">{metric.userId}</code>
            <button type="button" className="button-link" onClick={() => onlyUser(metric.userId)}>
              {t('activity.onlyUser', { user: who })}
            </button>
          </>
        ) : null}
      </td>
      <td>
        <span className={`badge ${action === 'viewed' || action === 'other' ? 'activity-badge-neutral' : 'badge-warning'}`}>
          {action === 'other' ? metric.verb || t('common.notRecorded') : t(`activity.action.${action}`)}
        </span>
      </td>
      <td>
        <code>{metric.operation || t('common.notRecorded')}</code>
        <span className="muted activity-url">
          {metric.verb} {pathOf(metric.url)}
        </span>
      </td>
    </tr>
  );
}

type FormProps = { filters: ActivityFilters; onApply: (filters: Partial<ActivityFilters>) => void };

/** The filters are applied together ("Show"), so typing a user id does not ask the server at every key. */
function ActivityFilterForm({ filters, onApply }: FormProps) {
  const { t } = useI18n();
  const legendId = useId();
  const [draft, setDraft] = useState(filters);
  const [error, setError] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.from && draft.to && draft.from > draft.to) {
      setError(t('activity.fromAfterTo'));
      return;
    }
    setError('');
    onApply({ user: draft.user.trim(), verb: draft.verb, from: draft.from, to: draft.to });
  };
  return (
    <form className="activity-filters" aria-labelledby={legendId} noValidate onSubmit={submit}>
      <p id={legendId} className="activity-filters-title">
        {t('activity.filters')}
      </p>
      <div className="form-grid">
        <TextField
          label={t('activity.user')}
          hint={t('activity.userHint')}
          autoComplete="off"
          spellCheck={false}
          value={draft.user}
          onChange={(event) => setDraft({ ...draft, user: event.target.value })}
        />
        <SelectField label={t('activity.verb')} value={draft.verb} onChange={(event) => setDraft({ ...draft, verb: event.target.value as ActivityFilters['verb'] })}>
          <option value="">{t('activity.verbAny')}</option>
          {ACTIVITY_VERBS.map((verb) => (
            <option key={verb} value={verb}>
              {t(`activity.verbs.${verb}`)}
            </option>
          ))}
        </SelectField>
        <TextField type="date" label={t('activity.from')} value={draft.from} onChange={(event) => setDraft({ ...draft, from: event.target.value })} />
        <TextField
          type="date"
          label={t('activity.to')}
          value={draft.to}
          error={error || undefined}
          onChange={(event) => setDraft({ ...draft, to: event.target.value })}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {t('activity.apply')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setDraft(NO_FILTERS);
            setError('');
            onApply(NO_FILTERS);
          }}
        >
          {t('activity.clear')}
        </button>
      </div>
    </form>
  );
}
