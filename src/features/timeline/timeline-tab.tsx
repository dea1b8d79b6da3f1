import { useQuery, useSuspenseQuery, type UseQueryResult } from '@tanstack/react-query';
import { startTransition, useMemo, useOptimistic, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { UnreadableRows } from '@/components/unreadable-rows';
import { ErrorMessage } from '@/components/error-message';
import { EmptyState, Loading } from '@/components/loading';
import { useI18n } from '@/i18n/i18n-context';
import { crmEventQueries } from '@/api/resources/crm-events';
import { customerQueries } from '@/api/resources/customers';
import { statusBadgeClass, useMeetingLabels } from '@/lib/meeting-labels';
import { meetingQueries } from '@/api/resources/meetings';
import { usePermission, type Permission } from '@/lib/permissions';
import {
  checkEntries,
  crmEntries,
  documentEntries,
  hiddenKinds,
  meetingEntries,
  newestFirst,
  statusEntries,
  withHidden,
  type TimelineEntry,
  type TimelineKind,
} from './timeline-model';
import { kycQueries } from '@/api/resources/kyc';
import './timeline.css';
import { useEnumerationLabel } from '@/lib/enumerations';
import { csvFileName, downloadFile, toCsv } from '@/lib/csv';

type Props = { bankId: string; customerId: string };

type Source = {
  kind: TimelineKind;
  query: UseQueryResult<unknown>;
  permission: Permission;
  entries: TimelineEntry[];
};

const PAGE = 50;

/**
 * The customer's story in one list, newest first: meetings they are invited to, their CRM events, and their KYC
 * checks, status and documents. Every source loads on its own; one that fails (or that the user's roles cannot read)
 * says so, and the others still show.
 */
export function TimelineTab({ bankId, customerId }: Props) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const [visibleCount, setVisibleCount] = useState(PAGE);
  const { data: customer } = useSuspenseQuery(customerQueries.detail(bankId, customerId));

  const loginOnly: Permission = { allowed: true };
  const canReadChecks = usePermission('getKycChecks', bankId);
  const canReadStatuses = usePermission('getKycStatuses', bankId);
  const canReadDocuments = usePermission('getKycDocuments', bankId);

  const meetings = useQuery(meetingQueries.list(bankId));
  const crmEvents = useQuery(crmEventQueries.list(bankId));
  const checks = useQuery({ ...kycQueries.checks(customerId), staleTime: 0, enabled: canReadChecks.allowed });
  const statuses = useQuery({ ...kycQueries.statuses(customerId), staleTime: 0, enabled: canReadStatuses.allowed });
  const documents = useQuery({ ...kycQueries.documents(customerId), staleTime: 0, enabled: canReadDocuments.allowed });

  const meetingList = useMemo(() => (meetings.data ? meetingEntries(meetings.data.rows, customer) : []), [meetings.data, customer]);
  const crmList = useMemo(
    () => (crmEvents.data ? crmEntries(crmEvents.data.rows, customer.customerNumber) : []),
    [crmEvents.data, customer.customerNumber],
  );
  const sources: Source[] = [
    { kind: 'meeting', query: meetings, permission: loginOnly, entries: meetingList },
    { kind: 'crm-event', query: crmEvents, permission: loginOnly, entries: crmList },
    { kind: 'kyc-check', query: checks, permission: canReadChecks, entries: checks.data ? checkEntries(checks.data.rows) : [] },
    { kind: 'kyc-status', query: statuses, permission: canReadStatuses, entries: statuses.data ? statusEntries(statuses.data.rows) : [] },
    {
      kind: 'kyc-document',
      query: documents,
      permission: canReadDocuments,
      entries: documents.data ? documentEntries(documents.data.rows) : [],
    },
  ];

  // The URL holds the choice; the router applies it in a transition, so the checkbox follows the click at once.
  const [hidden, setHidden] = useOptimistic(hiddenKinds(params));
  const toggle = (kind: TimelineKind, show: boolean) => {
    const next = new Set(hidden);
    if (show) next.delete(kind);
    else next.add(kind);
    startTransition(() => {
      setHidden(next);
      setParams(withHidden(params, next), { replace: true });
    });
  };

  const isPending = (permission: Permission) => !permission.allowed && permission.pending === true;
  const unavailable = sources.filter((source) => !source.permission.allowed && !isPending(source.permission));
  const loading = sources.filter((source) => (source.permission.allowed && source.query.isPending) || isPending(source.permission));
  const failed = sources.filter((source) => source.permission.allowed && source.query.isError);
  const entries = newestFirst(sources.filter((source) => !hidden.has(source.kind)).flatMap((source) => source.entries));
  const shown = entries.slice(0, visibleCount);
  // The customer's own KYC rows that could not be read. (A bank-wide meeting or CRM event that cannot be read cannot be
  // told to be this customer's, so it is not shown here; the meetings and CRM pages show it.)
  const unreadable = [checks, statuses, documents].flatMap((query) => query.data?.unreadable ?? []);

  return (
    <section aria-labelledby="timeline-title" className="tab-section timeline-tab">
      <h2 id="timeline-title">{t('record.tab.timeline')}</h2>

      <fieldset className="timeline-filters">
        <legend>{t('timeline.showKinds')}</legend>
        {sources.map((source) => (
          <label key={source.kind} className="timeline-filter">
            <input type="checkbox" checked={!hidden.has(source.kind)} onChange={(event) => toggle(source.kind, event.target.checked)} />
            {t(`timeline.filter.${source.kind}`)}
            {source.query.isSuccess ? <span className="muted"> ({source.entries.length})</span> : null}
          </label>
        ))}
      </fieldset>

      {unavailable.length > 0 ? (
        <div className="alert alert-info">
          <p className="alert-title">{t('timeline.notShownTitle')}</p>
          <ul>
            {unavailable.map((source) =>
              source.permission.allowed ? null : (
                <li key={source.kind}>
                  {t('timeline.notShown', {
                    kind: t(`timeline.filter.${source.kind}`),
                    roles: source.permission.missingRoles.join(t('errors.roleSeparator')),
                  })}
                </li>
              ),
            )}
          </ul>
        </div>
      ) : null}

      {failed.map((source) => (
        <ErrorMessage
          key={source.kind}
          title={t('timeline.sourceFailed', { kind: t(`timeline.filter.${source.kind}`) })}
          error={source.query.error}
          onRetry={() => void source.query.refetch()}
        />
      ))}

      {loading.length > 0 ? (
        <Loading label={t('timeline.loadingSources', { kinds: loading.map((source) => t(`timeline.filter.${source.kind}`)).join(', ') })} />
      ) : null}

      <UnreadableRows rows={unreadable} />

      {entries.length === 0 ? (
        loading.length === 0 ? (
          <EmptyState>{hidden.size > 0 ? t('timeline.emptyFiltered') : t('timeline.empty')}</EmptyState>
        ) : null
      ) : (
        <>
          <p className="result-count">{t('timeline.count', { count: entries.length })}</p>
          <ExportTimeline entries={entries} bankId={bankId} customerId={customerId} name={customer.legalName} />
          <ol className="timeline">
            {shown.map((entry) => (
              <TimelineItem key={entry.id} entry={entry} bankId={bankId} customerId={customerId} />
            ))}
          </ol>
          {entries.length > shown.length ? (
            <button type="button" className="button" onClick={() => setVisibleCount((count) => count + PAGE)}>
              {t('timeline.showMore', { count: Math.min(PAGE, entries.length - shown.length) })}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}

type Detail = { text: string; badge?: string };
type Described = { when: string; kind: string; title: string; details: Detail[]; link: { to: string; label: string } };
type Describers = {
  t: ReturnType<typeof useI18n>['t'];
  formatDate: ReturnType<typeof useI18n>['formatDate'];
  labels: ReturnType<typeof useMeetingLabels>;
  label: ReturnType<typeof useEnumerationLabel>;
};

/** One entry in words, the same for the list and for the CSV file. */
function describeEntry(entry: TimelineEntry, bankId: string, customerId: string, { t, formatDate, labels, label }: Describers): Described {
  const bank = encodeURIComponent(bankId);
  const kycTab = `/banks/${bank}/customers/${encodeURIComponent(customerId)}/kyc`;
  // Document days are calendar days (midnight UTC in OBP): shown in UTC so no time zone moves them.
  const when = entry.date
    ? entry.kind === 'kyc-document'
      ? formatDate(entry.date, { dateStyle: 'medium', timeZone: 'UTC' })
      : formatDate(entry.date, { dateStyle: 'medium', timeStyle: 'short' })
    : t('timeline.noDate');
  const text = (value: string | null | undefined): Detail[] => (value ? [{ text: value }] : []);
  const kind = t(`timeline.kind.${entry.kind}`);

  switch (entry.kind) {
    case 'meeting': {
      const { meeting, invitee } = entry;
      return {
        when,
        kind,
        title: t('timeline.meetingTitle', { purpose: labels.purpose(meeting.purposeId) }),
        details: [
          ...text(labels.provider(meeting.providerId)),
          ...text(t('timeline.invitedAs', { name: invitee.contactDetails.name })),
          { text: labels.status(invitee.status), badge: statusBadgeClass(invitee.status) },
          ...text(meeting.creator.name ? t('timeline.bookedBy', { name: meeting.creator.name }) : null),
        ],
        link: { to: `/banks/${bank}/meetings/${encodeURIComponent(meeting.meetingId)}`, label: t('timeline.openMeeting') },
      };
    }
    case 'crm-event': {
      const { event } = entry;
      return {
        when,
        kind,
        title: t('timeline.crmTitle', { category: label('crmCategory', event.category) || t('timeline.uncategorised') }),
        details: [
          ...text(event.channel ? t('timeline.channel', { channel: label('crmChannel', event.channel) }) : null),
          ...text(event.detail),
          ...text(event.result ? t('timeline.result', { result: label('crmResult', event.result) }) : null),
          ...text(!event.actualDate && event.scheduledDate ? t('timeline.scheduledOnly') : null),
        ],
        link: { to: `/banks/${bank}/crm-events?customer=${encodeURIComponent(event.customerNumber)}`, label: t('timeline.openCrmEvents') },
      };
    }
    case 'kyc-check': {
      const { check } = entry;
      return {
        when,
        kind,
        title: t('timeline.checkTitle', { how: label('kycCheckMethod', check.how) || t('timeline.unspecified') }),
        details: [
          // Not recorded (an adapter's null) is not "not satisfied": nothing is said then.
          ...(check.satisfied === undefined
            ? []
            : [{ text: check.satisfied ? t('timeline.satisfied') : t('timeline.notSatisfied'), badge: check.satisfied ? 'badge badge-ok' : 'badge badge-danger' }]),
          ...text(check.staffName ? t('timeline.checkedBy', { name: check.staffName }) : null),
          ...text(check.comments),
        ],
        link: { to: kycTab, label: t('timeline.openKyc') },
      };
    }
    case 'kyc-status':
      return {
        when,
        kind,
        title:
          entry.status.ok === undefined
            ? t('timeline.statusNotRecorded')
            : entry.status.ok
              ? t('timeline.statusVerified')
              : t('timeline.statusNotVerified'),
        details: [],
        link: { to: kycTab, label: t('timeline.openKyc') },
      };
    case 'kyc-document': {
      const { document } = entry;
      return {
        when,
        kind,
        title: t('timeline.documentTitle', { type: document.type, number: document.number }),
        details: [
          ...text(document.issuePlace ? t('timeline.issuedAt', { place: document.issuePlace }) : null),
          ...text(
            document.expiryDate
              ? t('timeline.expires', { date: formatDate(document.expiryDate, { dateStyle: 'medium', timeZone: 'UTC' }) })
              : null,
          ),
        ],
        link: { to: kycTab, label: t('timeline.openKyc') },
      };
    }
  }
}

function useDescribers(): Describers {
  const { t, formatDate } = useI18n();
  return { t, formatDate, labels: useMeetingLabels(), label: useEnumerationLabel() };
}

function TimelineItem({ entry, bankId, customerId }: { entry: TimelineEntry; bankId: string; customerId: string }) {
  const described = describeEntry(entry, bankId, customerId, useDescribers());
  return (
    <li className={`timeline-entry timeline-${entry.kind}`}>
      <div className="timeline-when">
        {entry.date ? <time dateTime={entry.date}>{described.when}</time> : <span className="muted">{described.when}</span>}
      </div>
      <div className="timeline-body">
        <p className="timeline-title">
          <span className="timeline-kind">{described.kind}</span> <strong>{described.title}</strong>
        </p>
        {described.details.length > 0 ? (
          <ul className="timeline-details">
            {described.details.map((detail, index) => (
              <li key={index}>{detail.badge ? <span className={detail.badge}>{detail.text}</span> : detail.text}</li>
            ))}
          </ul>
        ) : null}
        <Link to={described.link.to}>{described.link.label}</Link>
      </div>
    </li>
  );
}

/** "Download CSV" of the entries the filters show (all of them, not only the ones listed so far). */
function ExportTimeline({ entries, bankId, customerId, name }: { entries: readonly TimelineEntry[]; bankId: string; customerId: string; name: string }) {
  const describers = useDescribers();
  const { t } = describers;
  const [done, setDone] = useState<number | undefined>();
  const download = async () => {
    const rows = entries.map((entry) => {
      const described = describeEntry(entry, bankId, customerId, describers);
      return [entry.date ?? '', described.when, described.kind, described.title, described.details.map((detail) => detail.text).join(' · ')];
    });
    const header = [t('timeline.csvDate'), t('timeline.csvWhen'), t('timeline.csvKind'), t('timeline.csvWhat'), t('timeline.csvDetails')];
    downloadFile(await toCsv(header, rows), csvFileName(['timeline', name || customerId]));
    setDone(rows.length);
  };
  return (
    <div className="export-results">
      <button type="button" className="button" onClick={() => void download()}>
        {t('timeline.exportCsv')}
      </button>
      <span aria-live="polite" className="muted">
        {done === undefined ? '' : t('timeline.exportDone', { count: done })}
      </span>
    </div>
  );
}
