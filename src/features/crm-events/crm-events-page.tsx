import { useQuery } from '@tanstack/react-query';
import { useDocumentTitle } from '@/lib/document-title';
import { startTransition, useId, useMemo, useOptimistic } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { CrmEvent } from '@/api/wire/crm-events';
import { ErrorMessage } from '@/components/error-message';
import { SelectField, TextField } from '@/components/field';
import { EmptyState, Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { useI18n } from '@/i18n/i18n-context';
import { crmEventQueries } from '@/api/resources/crm-events';
import { UnreadableRows } from '@/components/unreadable-rows';
import {
  distinctValues,
  filterEvents,
  pageOf,
  PAGE_SIZE,
  parseFilters,
  rangeIsInverted,
  toParams,
  type CrmEventFilters,
} from './crm-event-filters';
import './crm-events.css';
import { useEnumerationLabel } from '@/lib/enumerations';
import { useFormat } from '@/lib/format';

function EventDate({ value }: { value: string | undefined }) {
  const { t } = useI18n();
  const format = useFormat();
  if (!value) return <span className="muted">{t('common.notRecorded')}</span>;
  return <time dateTime={value}>{format.dateTime(value)}</time>;
}

function EventRow({ bankId, event }: { bankId: string; event: CrmEvent }) {
  const { t } = useI18n();
  const label = useEnumerationLabel();
  // The customer-number lookup of the search page opens the record in one click, with no call made here.
  const lookup = `/banks/${encodeURIComponent(bankId)}/customers?by=number&q=${encodeURIComponent(event.customerNumber)}`;
  return (
    <tr>
      <td>
        <EventDate value={event.scheduledDate} />
      </td>
      <td>
        <EventDate value={event.actualDate} />
      </td>
      <th scope="row">
        {event.customerName || <span className="muted">{t('common.notRecorded')}</span>}
        {event.customerNumber ? (
          <>
            <br />
            <Link to={lookup} className="crm-customer-number" aria-label={t('crmEvents.findCustomer', { number: event.customerNumber })}>
              {event.customerNumber}
            </Link>
          </>
        ) : null}
      </th>
      <td>{label('crmCategory', event.category)}</td>
      <td>{label('crmChannel', event.channel)}</td>
      <td className="crm-detail">{event.detail}</td>
      <td>{label('crmResult', event.result) || <span className="muted">{t('common.notRecorded')}</span>}</td>
    </tr>
  );
}

/** A bank's CRM events (OBP reads them all at once): filtered by category, channel, dates and customer, paged here. */
export function CrmEventsPage({ bankId }: { bankId: string }) {
  const { t, language } = useI18n();
  useDocumentTitle(t('crmEvents.title'));
  const label = useEnumerationLabel();
  const [params, setParams] = useSearchParams();
  // The router applies a new URL in a transition; the fields show what was typed or chosen at once.
  const [filters, setOptimisticFilters] = useOptimistic(parseFilters(params));
  const headingId = useId();
  const formId = useId();
  const events = useQuery(crmEventQueries.list(bankId));

  const categories = useMemo(() => distinctValues(events.data?.rows ?? [], 'category', language), [events.data, language]);
  const channels = useMemo(() => distinctValues(events.data?.rows ?? [], 'channel', language), [events.data, language]);
  const filterKey = params.toString();
  const matching = useMemo(() => filterEvents(events.data?.rows ?? [], parseFilters(new URLSearchParams(filterKey))), [events.data, filterKey]);
  const page = pageOf(matching, filters.page);
  const inverted = rangeIsInverted(filters);
  const anyFilter = Boolean(filters.category || filters.channel || filters.from || filters.to || filters.customer);

  const apply = (next: Partial<CrmEventFilters>, replace = false) => {
    const applied = { ...filters, page: 1, ...next };
    startTransition(() => {
      setOptimisticFilters(applied);
      setParams(toParams(applied), { replace });
    });
  };

  return (
    <section className="page crm-events-page" aria-labelledby={headingId}>
      <h1 id={headingId}>{t('crmEvents.title')}</h1>
      <p className="muted">{t('crmEvents.intro')}</p>
      <form className="crm-filters" aria-label={t('crmEvents.filtersLabel')} onSubmit={(event) => event.preventDefault()}>
        <SelectField label={t('crmEvents.category')} value={filters.category} onChange={(event) => apply({ category: event.target.value })}>
          <option value="">{t('crmEvents.allCategories')}</option>
          {/* A value from a link that no event has (yet) stays selectable, so the form shows what is applied. */}
          {[...new Set([...categories, ...(filters.category ? [filters.category] : [])])].map((value) => (
            <option key={value} value={value}>
              {label('crmCategory', value)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('crmEvents.channel')} value={filters.channel} onChange={(event) => apply({ channel: event.target.value })}>
          <option value="">{t('crmEvents.allChannels')}</option>
          {[...new Set([...channels, ...(filters.channel ? [filters.channel] : [])])].map((value) => (
            <option key={value} value={value}>
              {label('crmChannel', value)}
            </option>
          ))}
        </SelectField>
        <fieldset className="crm-date-range" aria-describedby={`${formId}-dates-hint`}>
          <legend>{t('crmEvents.dates')}</legend>
          <div className="crm-date-fields">
            <TextField
              id={`${formId}-from`}
              label={t('crmEvents.from')}
              type="date"
              value={filters.from}
              max={filters.to || undefined}
              error={inverted ? t('crmEvents.rangeInverted') : undefined}
              onChange={(event) => apply({ from: event.target.value }, true)}
            />
            <TextField
              label={t('crmEvents.to')}
              type="date"
              value={filters.to}
              min={filters.from || undefined}
              onChange={(event) => apply({ to: event.target.value }, true)}
            />
          </div>
          <p className="field-hint" id={`${formId}-dates-hint`}>
            {t('crmEvents.dateHint')}
          </p>
        </fieldset>
        <TextField
          label={t('crmEvents.customerNumber')}
          value={filters.customer}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => apply({ customer: event.target.value }, true)}
        />
        <div className="crm-filter-actions">
          <button type="button" className="button" disabled={!anyFilter} onClick={() => apply({ category: '', channel: '', from: '', to: '', customer: '' })}>
            {t('crmEvents.clearFilters')}
          </button>
        </div>
      </form>

      <div aria-busy={events.isFetching}>
        {events.isPending ? (
          <Loading label={t('crmEvents.loading')} />
        ) : events.isError ? (
          <ErrorMessage error={events.error} onRetry={() => void events.refetch()} />
        ) : (
          <>
            <p className="result-count" role="status">
              {anyFilter
                ? t('crmEvents.matching', { count: matching.length, total: events.data.rows.length })
                : t('crmEvents.count', { count: events.data.rows.length })}
            </p>
            <UnreadableRows rows={events.data.unreadable} />
            {events.data.rows.length === 0 ? (
              events.data.unreadable.length === 0 ? <EmptyState>{t('crmEvents.none')}</EmptyState> : null
            ) : matching.length === 0 ? (
              <EmptyState>{t('crmEvents.noMatches')}</EmptyState>
            ) : (
              <>
                <div className="table-scroll">
                  <table className="data-table crm-table">
                    <caption className="visually-hidden">{t('crmEvents.caption', { page: page.page, pages: page.pages })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('crmEvents.scheduled')}</th>
                        <th scope="col">{t('crmEvents.actual')}</th>
                        <th scope="col">{t('crmEvents.customer')}</th>
                        <th scope="col">{t('crmEvents.category')}</th>
                        <th scope="col">{t('crmEvents.channel')}</th>
                        <th scope="col">{t('crmEvents.detail')}</th>
                        <th scope="col">{t('crmEvents.result')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {page.items.map((event) => (
                        <EventRow key={event.id} bankId={bankId} event={event} />
                      ))}
                    </tbody>
                  </table>
                </div>
                {page.pages > 1 ? (
                  <Pagination
                    label={t('crmEvents.pagination')}
                    page={page.page}
                    pageSize={PAGE_SIZE}
                    total={matching.length}
                    hasNext={page.page < page.pages}
                    onPage={(next) => apply({ page: next })}
                  />
                ) : null}
              </>
            )}
          </>
        )}
      </div>
    </section>
  );
}
