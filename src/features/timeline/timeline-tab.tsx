import { downloadCsv } from '@/lib/csv';
import { useQuery, useSuspenseQuery, type UseQueryResult } from '@tanstack/react-query';
import { startTransition, useMemo, useOptimistic, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
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
  const meetingLabels = useMeetingLabels();
  const enumerationLabel = useEnumerationLabel();
  const entrySummary = (entry: TimelineEntry): string => {
    switch (entry.kind) {
      case 'meeting':
        return `${t('timeline.meetingTitle', { purpose: meetingLabels.purpose(entry.meeting.purpose_id) })} — ${entry.invitee.contact_details.name}`;
      case 'crm-event':
        return [
          t('timeline.crmTitle', { category: enumerationLabel('crmCategory', entry.event.category) || t('timeline.uncategorised') }),
          entry.event.detail,
        ]
          .filter(Boolean)
          .join(' — ');
      case 'kyc-check':
        return `${t('timeline.checkTitle', { how: enumerationLabel('kycCheckMethod', entry.check.how) || t('timeline.unspecified') })} — ${
          entry.check.satisfied ? t('timeline.satisfied') : t('timeline.notSatisfied')
        }`;
      case 'kyc-status':
        return entry.status.ok ? t('timeline.statusVerified') : t('timeline.statusNotVerified');
      case 'kyc-document':
        return t('timeline.documentTitle', { type: entry.document.type, number: entry.document.number });
    }
  };

  const loginOnly: Permission = { allowed: true };
  const canReadChecks = usePermission('getKycChecks', bankId);
  const canReadStatuses = usePermission('getKycStatuses', bankId);
  const canReadDocuments = usePermission('getKycDocuments', bankId);

  const meetings = useQuery(meetingQueries.list(bankId));
  const crmEvents = useQuery(crmEventQueries.list(bankId));
  const checks = useQuery({ ...kycQueries.checks(customerId), staleTime: 0, enabled: canReadChecks.allowed });
  const statuses = useQuery({ ...kycQueries.statuses(customerId), staleTime: 0, enabled: canReadStatuses.allowed });
  const documents = useQuery({ ...kycQueries.documents(customerId), staleTime: 0, enabled: canReadDocuments.allowed });

  const meetingList = useMemo(() => (meetings.data ? meetingEntries(meetings.data, customer) : []), [meetings.data, customer]);
  const crmList = useMemo(
    () => (crmEvents.data ? crmEntries(crmEvents.data, customer.customer_number) : []),
    [crmEvents.data, customer.customer_number],
  );
  const sources: Source[] = [
    { kind: 'meeting', query: meetings, permission: loginOnly, entries: meetingList },
    { kind: 'crm-event', query: crmEvents, permission: loginOnly, entries: crmList },
    { kind: 'kyc-check', query: checks, permission: canReadChecks, entries: checks.data ? checkEntries(checks.data) : [] },
    { kind: 'kyc-status', query: statuses, permission: canReadStatuses, entries: statuses.data ? statusEntries(statuses.data) : [] },
    {
      kind: 'kyc-document',
      query: documents,
      permission: canReadDocuments,
      entries: documents.data ? documentEntries(documents.data) : [],
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

  // Every entry the filters show (not only the first pages), one line each: when, what kind, and its title.
  const exportTimeline = () =>
    downloadCsv(`timeline-${customer.customer_number}.csv`, {
      headers: [t('timeline.csvDate'), t('timeline.csvKind'), t('timeline.csvSummary')],
      rows: entries.map((entry) => [entry.date ?? '', t(`timeline.kind.${entry.kind}`), entrySummary(entry)]),
    });

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

      {entries.length === 0 ? (
        loading.length === 0 ? (
          <EmptyState>{hidden.size > 0 ? t('timeline.emptyFiltered') : t('timeline.empty')}</EmptyState>
        ) : null
      ) : (
        <>
          <p className="result-count">
            {t('timeline.count', { count: entries.length })}{' '}
            <button type="button" className="button" onClick={() => void exportTimeline()}>
              {t('timeline.exportCsv')}
            </button>
          </p>
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

function TimelineItem({ entry, bankId, customerId }: { entry: TimelineEntry; bankId: string; customerId: string }) {
  const { t, formatDate } = useI18n();
  const labels = useMeetingLabels();
  const label = useEnumerationLabel();
  const bank = encodeURIComponent(bankId);
  const kycTab = `/banks/${bank}/customers/${encodeURIComponent(customerId)}/kyc`;
  // Document days are calendar days (midnight UTC in OBP): shown in UTC so no time zone moves them.
  const when = entry.date
    ? entry.kind === 'kyc-document'
      ? formatDate(entry.date, { dateStyle: 'medium', timeZone: 'UTC' })
      : formatDate(entry.date, { dateStyle: 'medium', timeStyle: 'short' })
    : t('timeline.noDate');

  let title: string;
  let details: ReactNode[] = [];
  let link: { to: string; label: string };
  switch (entry.kind) {
    case 'meeting': {
      const { meeting, invitee } = entry;
      title = t('timeline.meetingTitle', { purpose: labels.purpose(meeting.purpose_id) });
      details = [
        labels.provider(meeting.provider_id),
        <>
          {t('timeline.invitedAs', { name: invitee.contact_details.name })}{' '}
          <span className={statusBadgeClass(invitee.status)}>{labels.status(invitee.status)}</span>
        </>,
        meeting.creator.name ? t('timeline.bookedBy', { name: meeting.creator.name }) : null,
      ];
      link = { to: `/banks/${bank}/meetings/${encodeURIComponent(meeting.meeting_id)}`, label: t('timeline.openMeeting') };
      break;
    }
    case 'crm-event': {
      const { event } = entry;
      title = t('timeline.crmTitle', { category: label('crmCategory', event.category) || t('timeline.uncategorised') });
      details = [
        event.channel ? t('timeline.channel', { channel: label('crmChannel', event.channel) }) : null,
        event.detail || null,
        event.result ? t('timeline.result', { result: label('crmResult', event.result) }) : null,
        !event.actual_date && event.scheduled_date ? t('timeline.scheduledOnly') : null,
      ];
      link = {
        to: `/banks/${bank}/crm-events?customer=${encodeURIComponent(event.customer_number)}`,
        label: t('timeline.openCrmEvents'),
      };
      break;
    }
    case 'kyc-check': {
      const { check } = entry;
      title = t('timeline.checkTitle', { how: label('kycCheckMethod', check.how) || t('timeline.unspecified') });
      details = [
        <span key="satisfied" className={check.satisfied ? 'badge badge-ok' : 'badge badge-danger'}>
          {check.satisfied ? t('timeline.satisfied') : t('timeline.notSatisfied')}
        </span>,
        check.staff_name ? t('timeline.checkedBy', { name: check.staff_name }) : null,
        check.comments || null,
      ];
      link = { to: kycTab, label: t('timeline.openKyc') };
      break;
    }
    case 'kyc-status': {
      title = entry.status.ok ? t('timeline.statusVerified') : t('timeline.statusNotVerified');
      link = { to: kycTab, label: t('timeline.openKyc') };
      break;
    }
    case 'kyc-document': {
      const { document } = entry;
      title = t('timeline.documentTitle', { type: document.type, number: document.number });
      details = [
        document.issue_place ? t('timeline.issuedAt', { place: document.issue_place }) : null,
        document.expiry_date
          ? t('timeline.expires', { date: formatDate(document.expiry_date, { dateStyle: 'medium', timeZone: 'UTC' }) })
          : null,
      ];
      link = { to: kycTab, label: t('timeline.openKyc') };
      break;
    }
  }

  return (
    <li className={`timeline-entry timeline-${entry.kind}`}>
      <div className="timeline-when">
        {entry.date ? <time dateTime={entry.date}>{when}</time> : <span className="muted">{when}</span>}
      </div>
      <div className="timeline-body">
        <p className="timeline-title">
          <span className="timeline-kind">{t(`timeline.kind.${entry.kind}`)}</span> <strong>{title}</strong>
        </p>
        {details.some(Boolean) ? (
          <ul className="timeline-details">
            {details.filter(Boolean).map((detail, index) => (
              <li key={index}>{detail}</li>
            ))}
          </ul>
        ) : null}
        <Link to={link.to}>{link.label}</Link>
      </div>
    </li>
  );
}
