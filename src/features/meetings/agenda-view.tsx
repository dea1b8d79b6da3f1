import { useState } from 'react';
import { useTranslation } from '@/i18n/i18n-context';
import { dayKey } from './calendar';
import { statusBadgeClass, useMeetingLabels } from '@/lib/meeting-labels';
import { useMeetingFormats } from './meeting-format';
import type { TimedMeeting } from './meeting-model';
import { MeetingLink } from './meeting-summary';

type Props = { bankId: string; meetings: TimedMeeting[]; focus: string; todayKey: string; currentWeek: boolean };


/**
 * The week's meetings as a list grouped by day. In the current week it starts today (what is still to come); the
 * days already gone stay one click away.
 */
export function AgendaView({ bankId, meetings, focus, todayKey, currentWeek }: Props) {
  const t = useTranslation();
  const formats = useMeetingFormats();
  const labels = useMeetingLabels();
  const earlier = meetings.filter((entry) => dayKey(entry.start) < todayKey);
  // A meeting just scheduled for earlier today's week is shown, not hidden behind the toggle.
  const [showEarlier, setShowEarlier] = useState(() => earlier.some((entry) => entry.id === focus));
  const hidden = currentWeek && !showEarlier ? earlier : [];
  const shown = meetings.filter((entry) => !hidden.includes(entry));

  const groups: Array<{ key: string; day: Date; entries: TimedMeeting[] }> = [];
  for (const entry of shown) {
    const key = dayKey(entry.start);
    const last = groups.at(-1);
    if (last?.key === key) last.entries.push(entry);
    else groups.push({ key, day: entry.start, entries: [entry] });
  }

  return (
    <div className="agenda">
      {currentWeek && earlier.length > 0 ? (
        <button type="button" className="button" aria-expanded={hidden.length === 0} onClick={() => setShowEarlier(hidden.length > 0)}>
          {t('meetings.earlierThisWeek', { count: earlier.length })}
        </button>
      ) : null}
      {groups.length === 0 ? (
        <p className="empty-state">{currentWeek ? t('meetings.noMoreThisWeek') : t('meetings.noMeetingsThisWeek')}</p>
      ) : null}
      <ol className="agenda-days">
        {groups.map((group) => (
          <li key={group.key} className="agenda-day">
            <h3>
              {formats.dayLong(group.day)}
              {group.key === todayKey ? (
                <>
                  {' '}
                  <span className="badge badge-ok">{t('meetings.today')}</span>
                </>
              ) : null}
            </h3>
            <ol className="agenda-meetings">
              {group.entries.map((entry) => (
                <li key={entry.id} className="agenda-meeting">
                  <MeetingLink bankId={bankId} entry={entry} focused={entry.id === focus} />
                  {entry.meeting.invitees.length > 0 ? (
                    <ul className="agenda-invitees" aria-label={t('meetings.inviteesOf', { time: formats.time(entry.start) })}>
                      {entry.meeting.invitees.map((invitee, index) => (
                        <li key={index}>
                          {invitee.contactDetails.name}{' '}
                          <span className={statusBadgeClass(invitee.status)}>{labels.status(invitee.status)}</span>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </div>
  );
}
