import { useQuery } from '@tanstack/react-query';
import { useDocumentTitle } from '@/lib/document-title';
import { startTransition, useEffect, useId, useMemo, useOptimistic, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '@/components/error-message';
import { SelectField } from '@/components/field';
import { Loading } from '@/components/loading';
import { useI18n } from '@/i18n/i18n-context';
import { currentUserQueries } from '@/api/resources/users';
import { meetingQueries } from '@/api/resources/meetings';
import { addDays, dayKey, firstDayOfWeek, parseDay, startOfWeek, weekDays } from './calendar';
import { UnreadableRows } from '@/components/unreadable-rows';
import { AgendaView } from './agenda-view';
import { KNOWN_PROVIDERS, KNOWN_PURPOSES, useMeetingLabels } from '@/lib/meeting-labels';
import { timeZoneName, useMeetingFormats, userTimeZone } from './meeting-format';
import { filterOptions, matchesFilters, sameCreator, timedMeetings } from './meeting-model';
import { newMeetingPath, parseScheduleParams, toScheduleParams, type ScheduleState, type View } from './meeting-params';
import { WeekView } from './week-view';
import './meetings.css';

/** The scheduler: one week as a calendar or as an agenda, in the user's time zone, filtered by purpose and provider. */
export function MeetingsPage({ bankId }: { bankId: string }) {
  const { t, language } = useI18n();
  useDocumentTitle(t('meetings.title'));
  const formats = useMeetingFormats();
  const labels = useMeetingLabels();
  const [params, setParams] = useSearchParams();
  const now = new Date();
  const todayKey = dayKey(now);
  const [state, setOptimisticState] = useOptimistic(parseScheduleParams(params, now));
  const headingId = useId();
  const viewRef = useRef<HTMLDivElement>(null);
  const [announcement, setAnnouncement] = useState('');

  const firstDay = useMemo(() => firstDayOfWeek(language, typeof navigator === 'undefined' ? [] : navigator.languages), [language]);
  const start = startOfWeek(parseDay(state.week) ?? now, firstDay);
  const days = weekDays(start);
  const end = addDays(start, 7);
  const currentWeek = dayKey(startOfWeek(now, firstDay)) === dayKey(start);

  const meetings = useQuery(meetingQueries.list(bankId));
  const user = useQuery(currentUserQueries.detail());
  const me = user.data ? { name: user.data.username, emailAddress: user.data.email } : undefined;
  const all = useMemo(() => timedMeetings(meetings.data?.rows ?? []), [meetings.data]);
  const inWeek = all.filter((entry) => entry.start >= start && entry.start < end);
  const shown = inWeek.filter(
    (entry) => matchesFilters(entry.meeting, state) && (!state.mine || (me !== undefined && sameCreator(entry.meeting.creator, me))),
  );
  const purposes = filterOptions(KNOWN_PURPOSES, (meetings.data?.rows ?? []).map((meeting) => meeting.purposeId));
  const providers = filterOptions(KNOWN_PROVIDERS, (meetings.data?.rows ?? []).map((meeting) => meeting.providerId));

  // The router applies a new URL in a transition: the controls show the choice at once, the list follows.
  const apply = (next: Partial<ScheduleState>) => {
    const applied = { ...state, focus: '', ...next };
    startTransition(() => {
      setOptimisticState(applied);
      setParams(toScheduleParams(applied));
    });
  };
  const weekLink = (day: Date) => `?${toScheduleParams({ ...state, focus: '', week: dayKey(day) }).toString()}`;

  // A meeting just scheduled: once it is on screen, it takes the focus and is announced.
  const focused = shown.find((entry) => entry.id === state.focus);
  const focusedId = focused?.id;
  const focusedText = focused ? t('meetings.scheduledAnnouncement', { when: formats.dateTime(focused.start), purpose: labels.purpose(focused.meeting.purposeId) }) : '';
  const announcedRef = useRef('');
  useEffect(() => {
    // Once only: switching views afterwards keeps the highlight but leaves the keyboard where the user put it.
    if (!focusedId || announcedRef.current === focusedId) return;
    const links = viewRef.current?.querySelectorAll<HTMLElement>('[data-meeting-id]') ?? [];
    const link = [...links].find((element) => element.dataset.meetingId === focusedId);
    if (!link) return;
    announcedRef.current = focusedId;
    link.focus();
    link.scrollIntoView?.({ block: 'nearest' });
    setAnnouncement(focusedText);
  }, [focusedId, focusedText]);

  const hiddenByFilters = inWeek.length - shown.length;

  return (
    <section className="page meetings-page" aria-labelledby={headingId}>
      <div className="page-title-row">
        <h1 id={headingId}>{t('meetings.title')}</h1>
        <Link className="button button-primary" to={newMeetingPath(bankId)}>
          {t('meetings.schedule')}
        </Link>
      </div>

      <div className="meetings-toolbar">
        <div role="group" aria-label={t('meetings.viewLabel')} className="segmented">
          {(['week', 'agenda'] as View[]).map((view) => (
            <button
              key={view}
              type="button"
              className="button"
              aria-pressed={state.view === view}
              onClick={() => apply({ view, focus: state.focus })}
            >
              {t(view === 'week' ? 'meetings.viewWeek' : 'meetings.viewAgenda')}
            </button>
          ))}
        </div>
        <nav aria-label={t('meetings.weekNavigation')} className="week-navigation">
          <Link className="button" to={weekLink(addDays(start, -7))}>
            {t('meetings.previousWeek')}
          </Link>
          <Link className="button" to={weekLink(now)} aria-current={currentWeek ? 'page' : undefined}>
            {t('meetings.thisWeek')}
          </Link>
          <Link className="button" to={weekLink(addDays(start, 7))}>
            {t('meetings.nextWeek')}
          </Link>
        </nav>
      </div>

      <div className="meetings-filters">
        <SelectField label={t('meetings.purposeFilter')} value={state.purpose} onChange={(event) => apply({ purpose: event.target.value })}>
          <option value="">{t('meetings.allPurposes')}</option>
          {purposes.map((id) => (
            <option key={id} value={id}>
              {labels.purpose(id)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('meetings.providerFilter')} value={state.provider} onChange={(event) => apply({ provider: event.target.value })}>
          <option value="">{t('meetings.allProviders')}</option>
          {providers.map((id) => (
            <option key={id} value={id}>
              {labels.provider(id)}
            </option>
          ))}
        </SelectField>
        <label className="meetings-mine">
          <input type="checkbox" checked={state.mine} onChange={(event) => apply({ mine: event.target.checked })} />
          {t('meetings.onlyMine')}
        </label>
      </div>

      <h2 className="week-title">
        {t('meetings.weekOf', { range: formats.dayRange(start, addDays(start, 6)) })}
      </h2>
      <p className="muted time-zone-note">{t('meetings.timeZoneNote', { zone: userTimeZone(), name: timeZoneName(language, start) })}</p>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>

      <div ref={viewRef} aria-busy={meetings.isFetching}>
        {meetings.isPending ? (
          <Loading label={t('meetings.loading')} />
        ) : meetings.isError ? (
          <ErrorMessage error={meetings.error} onRetry={() => void meetings.refetch()} />
        ) : (
          <>
            <p className="result-count">
              {t('meetings.countThisWeek', { count: shown.length })}
              {hiddenByFilters > 0 ? ` ${t('meetings.hiddenByFilters', { count: hiddenByFilters })}` : ''}
            </p>
            {state.view === 'week' ? (
              <WeekView bankId={bankId} days={days} meetings={shown} focus={state.focus} todayKey={todayKey} />
            ) : (
              <AgendaView
                key={dayKey(start)}
                bankId={bankId}
                meetings={shown}
                focus={state.focus}
                todayKey={todayKey}
                currentWeek={currentWeek}
              />
            )}
            {/* A meeting that cannot be read has no date to place it in a week: it is listed here, by its id. */}
            <UnreadableRows rows={meetings.data.unreadable} />
          </>
        )}
      </div>
    </section>
  );
}
