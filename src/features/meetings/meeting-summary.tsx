import { Link } from 'react-router';
import { useTranslation } from '@/i18n/i18n-context';
import { useMeetingLabels } from '@/lib/meeting-labels';
import { useMeetingFormats } from './meeting-format';
import type { TimedMeeting } from './meeting-model';
import { meetingPath } from './meeting-params';

type Props = { bankId: string; entry: TimedMeeting; focused?: boolean; className?: string };

/**
 * A meeting as a link to its page. Its name says everything a glance at a calendar would: time, purpose, how it
 * happens and with whom (spaces between the parts keep the accessible name readable).
 */
export function MeetingLink({ bankId, entry, focused, className }: Props) {
  const t = useTranslation();
  const labels = useMeetingLabels();
  const formats = useMeetingFormats();
  const names = entry.meeting.invitees.map((invitee) => invitee.contactDetails.name).filter(Boolean);
  return (
    <Link
      to={meetingPath(bankId, entry.id)}
      data-meeting-id={entry.id}
      className={`meeting-link${focused ? ' meeting-link-new' : ''}${className ? ` ${className}` : ''}`}
    >
      <span className="meeting-time">{formats.timeRange(entry.start, entry.end)}</span>{' '}
      <span className="meeting-purpose">{labels.purpose(entry.meeting.purposeId)}</span>{' '}
      <span className="meeting-provider">({labels.provider(entry.meeting.providerId)})</span>{' '}
      <span className="meeting-people">
        {names.length ? t('meetings.withInvitees', { names: names.join(', ') }) : t('meetings.noInvitees')}
      </span>
      {focused ? (
        <>
          {' '}
          <span className="badge badge-ok">{t('meetings.justScheduled')}</span>
        </>
      ) : null}
    </Link>
  );
}
