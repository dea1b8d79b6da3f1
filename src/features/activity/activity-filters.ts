import { isRealDay } from '@/lib/validation';

/** The Activity tab's state lives in the URL: `?user=…&verb=PUT&from=2026-01-01&to=2026-03-31&page=2`. */
export type ActivityFilters = {
  /** An OBP user id; '' = anyone. */
  user: string;
  verb: ActivityVerb | '';
  /** Local calendar days, `yyyy-MM-dd`, both ends included; '' = open. */
  from: string;
  to: string;
  page: number;
};

export const ACTIVITY_VERBS = ['GET', 'POST', 'PUT', 'DELETE'] as const;
export type ActivityVerb = (typeof ACTIVITY_VERBS)[number];

export const NO_FILTERS: ActivityFilters = { user: '', verb: '', from: '', to: '', page: 1 };

export function parseActivityFilters(params: URLSearchParams): ActivityFilters {
  const day = (value: string | null) => (value && isRealDay(value) ? value : '');
  const verb = params.get('verb')?.toUpperCase() ?? '';
  const page = Number(params.get('page'));
  return {
    user: params.get('user')?.trim() ?? '',
    verb: (ACTIVITY_VERBS as readonly string[]).includes(verb) ? (verb as ActivityVerb) : '',
    from: day(params.get('from')),
    to: day(params.get('to')),
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
  };
}

/** Only what is set is written, so links stay short. */
export function activityParams(filters: ActivityFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['user', 'verb', 'from', 'to'] as const) {
    if (filters[key]) params.set(key, filters[key]);
  }
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/**
 * A local calendar day's first (or last) millisecond in OBP's DateWithMs, `yyyy-MM-dd'T'HH:mm:ss.SSS'Z'` (UTC), as
 * `from_date` / `to_date` take it; '' for an open end.
 */
export function obpDayStart(day: string): string {
  return day ? new Date(`${day}T00:00:00.000`).toISOString() : '';
}
export function obpDayEnd(day: string): string {
  return day ? new Date(`${day}T23:59:59.999`).toISOString() : '';
}

/** What a call did to the customer, by its HTTP verb. */
export type ActivityAction = 'viewed' | 'changed' | 'deleted' | 'other';
export function actionOf(verb: string): ActivityAction {
  if (verb === 'GET') return 'viewed';
  if (verb === 'POST' || verb === 'PUT') return 'changed';
  if (verb === 'DELETE') return 'deleted';
  return 'other';
}

/** The address without its query string (which repeats the search, not the call). */
export const pathOf = (url: string): string => url.split('?')[0] ?? url;
