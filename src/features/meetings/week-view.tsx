import { useId, type CSSProperties } from 'react';
import { useTranslation } from '@/i18n/i18n-context';
import { dayKey, minutesIntoDay, placeInLanes, visibleHours } from './calendar';
import { useMeetingFormats } from './meeting-format';
import type { TimedMeeting } from './meeting-model';
import { MeetingLink } from './meeting-summary';

type Props = { bankId: string; days: Date[]; meetings: TimedMeeting[]; focus: string; todayKey: string };

/** Height of one hour in the grid, in rem: a 30-minute meeting gets room for its time and purpose. */
const HOUR_REM = 4.5;

/**
 * Seven day columns over an hours grid. Each day is a list of its meetings in time order (what a screen reader
 * reads); the grid only positions them, and meetings that overlap sit side by side.
 */
export function WeekView({ bankId, days, meetings, focus, todayKey }: Props) {
  const t = useTranslation();
  const formats = useMeetingFormats();
  const headingPrefix = useId();
  const byDay = new Map<string, TimedMeeting[]>();
  for (const entry of meetings) {
    const key = dayKey(entry.start);
    byDay.set(key, [...(byDay.get(key) ?? []), entry]);
  }
  const shown = days.flatMap((day) => byDay.get(dayKey(day)) ?? []);
  const hours = visibleHours(shown);
  const hourCount = hours.to - hours.from;
  const gridStyle = { '--hour-height': `${HOUR_REM}rem`, '--hour-count': hourCount } as CSSProperties;

  return (
    <div className="week-grid" style={gridStyle}>
      <div className="week-hours" aria-hidden="true">
        {Array.from({ length: hourCount }, (_, index) => {
          const label = new Date(2000, 0, 1, hours.from + index);
          return (
            <span key={index} className="week-hour">
              {formats.hour(label)}
            </span>
          );
        })}
      </div>
      <ol className="week-days">
        {days.map((day) => {
          const key = dayKey(day);
          const dayMeetings = byDay.get(key) ?? [];
          const headingId = `${headingPrefix}-${key}`;
          const isToday = key === todayKey;
          return (
            <li key={key} className={`week-day${isToday ? ' week-day-today' : ''}`}>
              <h3 id={headingId} className="week-day-heading">
                <span className="week-day-name">{formats.dayShort(day)}</span>
                {isToday ? (
                  <>
                    {' '}
                    <span className="badge badge-ok">{t('meetings.today')}</span>
                  </>
                ) : null}
              </h3>
              <div className="week-day-body">
                {dayMeetings.length === 0 ? (
                  <p className="week-day-empty">{t('meetings.noMeetingsThisDay')}</p>
                ) : (
                  <ol className="week-day-meetings">
                    {placeInLanes(dayMeetings).map(({ item, lane, lanes }) => {
                      const startMinutes = minutesIntoDay(item.start) - hours.from * 60;
                      const endsNextDay = dayKey(item.end) !== key;
                      const endMinutes = (endsNextDay ? 24 * 60 : minutesIntoDay(item.end)) - hours.from * 60;
                      const style = {
                        '--top': `${(startMinutes / 60) * HOUR_REM}rem`,
                        '--height': `${Math.max(((endMinutes - startMinutes) / 60) * HOUR_REM, 1.6)}rem`,
                        '--left': `${(lane / lanes) * 100}%`,
                        '--width': `${100 / lanes}%`,
                      } as CSSProperties;
                      return (
                        <li key={item.id} className="week-meeting" style={style}>
                          <MeetingLink bankId={bankId} entry={item} focused={item.id === focus} />
                        </li>
                      );
                    })}
                  </ol>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
