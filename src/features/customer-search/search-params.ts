/** The search lives in the URL, so a search is a link: `?by=phone&q=%25876&page=2`. */
export const SEARCH_MODES = ['phone', 'number', 'id', 'browse', 'mine'] as const;
export type SearchMode = (typeof SEARCH_MODES)[number];
export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

export type SearchState = {
  mode: SearchMode;
  query: string;
  page: number;
  pageSize: number;
  sort: 'desc' | 'asc';
};

const isMode = (value: string | null): value is SearchMode => SEARCH_MODES.includes(value as SearchMode);

function positiveInteger(value: string | null, fallback: number): number {
  if (value === null || !/^\d+$/.test(value)) return fallback;
  const number = Number(value);
  return number >= 1 && Number.isSafeInteger(number) ? number : fallback;
}

export function parseSearchParams(params: URLSearchParams): SearchState {
  const mode = params.get('by');
  const size = positiveInteger(params.get('size'), DEFAULT_PAGE_SIZE);
  return {
    mode: isMode(mode) ? mode : 'phone',
    query: params.get('q') ?? '',
    page: positiveInteger(params.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
    sort: params.get('sort') === 'asc' ? 'asc' : 'desc',
  };
}

/** Only what differs from the defaults is written, so links stay short and stable. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.mode !== 'phone') params.set('by', state.mode);
  if (state.query && state.mode !== 'browse' && state.mode !== 'mine') params.set('q', state.query);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.pageSize !== DEFAULT_PAGE_SIZE) params.set('size', String(state.pageSize));
  if (state.sort !== 'desc' && state.mode === 'browse') params.set('sort', state.sort);
  return params;
}

/** Whether the state asks the server for anything yet (a lookup needs something to look up). */
export function isRunnable(state: SearchState): boolean {
  return state.mode === 'browse' || state.mode === 'mine' || state.query.length > 0;
}
