import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from 'react-router';
import { isObpError } from '@/api/errors';
import type { MeetingInvitee } from '@/api/wire/meetings';
import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { useI18n } from '@/i18n/i18n-context';
import { customerQueries } from '@/api/resources/customers';
import type { CustomerSummary } from '@/api/wire/customers';
import { isUnreadable } from '@/api/wire/tolerant';
import { meetingQueries } from '@/api/resources/meetings';
import { dayKey } from './calendar';
import { ASSUMED_DURATION, knownDuration } from './meeting-durations';
import { statusBadgeClass, useMeetingLabels } from '@/lib/meeting-labels';
import { timeZoneName, useMeetingFormats, userTimeZone } from './meeting-format';
import { timed } from './meeting-model';
import { meetingsPath, weekOfPath } from './meeting-params';
import { canLookUpMobile, INVITEE_LOOKUP_PAGE, inviteeMatches } from './invitee-lookup';
import './meetings.css';


/** OBP answers an unknown meeting (or one of another bank) with 400 OBP-30104, not 404. */
export const isMeetingNotFound = (error: unknown) => isObpError(error) && (error.code === 'OBP-30104' || error.status === 404);

function Value({ children }: { children: string }) {
  const { t } = useI18n();
  return children ? <>{children}</> : <span className="muted">{t('common.notRecorded')}</span>;
}

/** The customer records an invitee may be: found by their exact mobile number, confirmed by email or digits. */
function InviteeRecord({ bankId, invitee }: { bankId: string; invitee: MeetingInvitee['contactDetails'] }) {
  const { t } = useI18n();
  const lookUp = canLookUpMobile(invitee.mobilePhone);
  const matches = useQuery({
    ...customerQueries.phoneSearch(bankId, invitee.mobilePhone, INVITEE_LOOKUP_PAGE),
    select: (results) => inviteeMatches(invitee)(results.customers.filter((row): row is CustomerSummary => !isUnreadable(row))),
    staleTime: 5 * 60_000,
    enabled: lookUp,
  });
  if (!lookUp) return <span className="muted">{t('meetings.recordNeedsMobile')}</span>;
  if (matches.isPending) return <Loading label={t('meetings.recordLookingUp')} />;
  if (matches.isError) return <ErrorMessage error={matches.error} onRetry={() => void matches.refetch()} />;
  if (matches.data.length === 0) return <span className="muted">{t('meetings.recordNotFound')}</span>;
  return (
    <ul className="plain-list">
      {matches.data.map((customer) => (
        <li key={customer.customerId}>
          <Link to={`/banks/${encodeURIComponent(bankId)}/customers/${encodeURIComponent(customer.customerId)}`}>
            {t('meetings.openRecord', { name: customer.legalName || customer.customerNumber, number: customer.customerNumber })}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** One meeting: when, how, why, who booked it and who is invited (with their answers and customer records). */
export function MeetingPage({ bankId, meetingId }: { bankId: string; meetingId: string }) {
  const { t, language } = useI18n();
  const formats = useMeetingFormats();
  const labels = useMeetingLabels();
  const headingId = useId();
  const query = useQuery(meetingQueries.detail(bankId, meetingId));

  if (query.isPending) return <Loading label={t('meetings.loadingOne')} />;
  if (query.isError) {
    return (
      <section className="page" aria-labelledby={headingId}>
        <h1 id={headingId}>{isMeetingNotFound(query.error) ? t('meetings.notFoundTitle') : t('meetings.meeting')}</h1>
        {isMeetingNotFound(query.error) ? (
          <p>{t('meetings.notFoundBody', { id: meetingId, bank: bankId })}</p>
        ) : (
          <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
        )}
        <p>
          <Link to={meetingsPath(bankId)}>{t('meetings.backToMeetings')}</Link>
        </p>
      </section>
    );
  }

  const meeting = query.data;
  const entry = timed(meeting);
  return (
    <article className="page meeting-page" aria-labelledby={headingId}>
      <p className="breadcrumbs">
        <Link to={entry ? weekOfPath(bankId, dayKey(entry.start)) : meetingsPath(bankId)}>{t('meetings.backToWeek')}</Link>
      </p>
      <h1 id={headingId}>{t('meetings.detailTitle', { purpose: labels.purpose(meeting.purposeId) })}</h1>
      <dl className="field-list meeting-facts">
        <div className="field-list-row">
          <dt>{t('meetings.when')}</dt>
          <dd>
            {entry ? (
              <>
                {formats.dayLong(entry.start)}, {formats.timeRange(entry.start, entry.end)}
                <br />
                <span className="muted">{t('meetings.timeZoneNote', { zone: userTimeZone(), name: timeZoneName(language, entry.start) })}</span>
              </>
            ) : (
              <span className="muted">{t('common.notRecorded')}</span>
            )}
          </dd>
        </div>
        <div className="field-list-row">
          <dt>{t('meetings.duration')}</dt>
          <dd>
            {knownDuration(meeting.meetingId) !== undefined
              ? t('meetings.durationValue', { minutes: knownDuration(meeting.meetingId)! })
              : t('meetings.durationAssumed', { minutes: ASSUMED_DURATION })}
          </dd>
        </div>
        <div className="field-list-row">
          <dt>{t('meetings.providerLabel')}</dt>
          <dd>
            {labels.provider(meeting.providerId)} <code className="muted">{meeting.providerId}</code>
          </dd>
        </div>
        <div className="field-list-row">
          <dt>{t('meetings.purposeLabel')}</dt>
          <dd>
            {labels.purpose(meeting.purposeId)} <code className="muted">{meeting.purposeId}</code>
          </dd>
        </div>
        <div className="field-list-row">
          <dt>{t('meetings.meetingId')}</dt>
          <dd>
            <code>{meeting.meetingId}</code>
          </dd>
        </div>
        {meeting.present.staffUserId ? (
          <div className="field-list-row">
            <dt>{t('meetings.staffUser')}</dt>
            <dd>
              <code>{meeting.present.staffUserId}</code>
            </dd>
          </div>
        ) : null}
      </dl>
      <p className="muted">{t('meetings.durationNote')}</p>

      <section aria-labelledby={`${headingId}-creator`}>
        <h2 id={`${headingId}-creator`}>{t('meetings.creator')}</h2>
        <dl className="field-list">
          <div className="field-list-row">
            <dt>{t('meetings.name')}</dt>
            <dd>
              <Value>{meeting.creator.name}</Value>
            </dd>
          </div>
          <div className="field-list-row">
            <dt>{t('meetings.mobile')}</dt>
            <dd className="phone">
              <Value>{meeting.creator.mobilePhone}</Value>
            </dd>
          </div>
          <div className="field-list-row">
            <dt>{t('meetings.email')}</dt>
            <dd>
              <Value>{meeting.creator.emailAddress}</Value>
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby={`${headingId}-invitees`}>
        <h2 id={`${headingId}-invitees`}>{t('meetings.invitees')}</h2>
        {meeting.invitees.length === 0 ? (
          <p className="empty-state">{t('meetings.noInviteesRecorded')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t('meetings.invitees')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('meetings.name')}</th>
                  <th scope="col">{t('meetings.mobile')}</th>
                  <th scope="col">{t('meetings.email')}</th>
                  <th scope="col">{t('meetings.inviteeStatus')}</th>
                  <th scope="col">{t('meetings.customerRecord')}</th>
                </tr>
              </thead>
              <tbody>
                {meeting.invitees.map((invitee, index) => (
                  <tr key={index}>
                    <th scope="row">
                      <Value>{invitee.contactDetails.name}</Value>
                    </th>
                    <td className="phone">
                      <Value>{invitee.contactDetails.mobilePhone}</Value>
                    </td>
                    <td>
                      <Value>{invitee.contactDetails.emailAddress}</Value>
                    </td>
                    <td>
                      <span className={statusBadgeClass(invitee.status)}>{labels.status(invitee.status)}</span>
                    </td>
                    <td>
                      <InviteeRecord bankId={bankId} invitee={invitee.contactDetails} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </article>
  );
}
