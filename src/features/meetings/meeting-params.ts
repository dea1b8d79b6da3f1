import { dayKey, parseDay } from './calendar';

/** The scheduler's state lives in the URL, so a week is a link: `?view=agenda&week=2026-11-23&purpose=mortgage`. */
export const VIEWS = ['week', 'agenda'] as const;
export type View = (typeof VIEWS)[number];

export type ScheduleState = {
  view: View;
  /** Any day of the shown week (`yyyy-MM-dd`, local); the page shows the week that contains it. */
  week: string;
  purpose: string;
  provider: string;
  /** Only the meetings the signed-in user created. */
  mine: boolean;
  /** A meeting just scheduled: shown focused and announced. */
  focus: string;
};

export function parseScheduleParams(params: URLSearchParams, today: Date = new Date()): ScheduleState {
  const week = params.get('week');
  return {
    view: params.get('view') === 'agenda' ? 'agenda' : 'week',
    week: parseDay(week) ? week! : dayKey(today),
    purpose: params.get('purpose') ?? '',
    provider: params.get('provider') ?? '',
    mine: params.get('mine') === '1',
    focus: params.get('focus') ?? '',
  };
}

export function toScheduleParams(state: ScheduleState): URLSearchParams {
  const params = new URLSearchParams();
  params.set('view', state.view);
  params.set('week', state.week);
  if (state.purpose) params.set('purpose', state.purpose);
  if (state.provider) params.set('provider', state.provider);
  if (state.mine) params.set('mine', '1');
  if (state.focus) params.set('focus', state.focus);
  return params;
}

export const meetingsPath = (bankId: string) => `/banks/${encodeURIComponent(bankId)}/meetings`;
export const meetingPath = (bankId: string, meetingId: string) => `${meetingsPath(bankId)}/${encodeURIComponent(meetingId)}`;
export const newMeetingPath = (bankId: string, customerId?: string) =>
  `${meetingsPath(bankId)}/new${customerId ? `?customerId=${encodeURIComponent(customerId)}` : ''}`;

/** The week view of the day a meeting falls on, optionally focusing that meeting. */
export function weekOfPath(bankId: string, day: string, focus?: string): string {
  return `${meetingsPath(bankId)}?${toScheduleParams({ view: 'week', week: day, purpose: '', provider: '', mine: false, focus: focus ?? '' }).toString()}`;
}
