import { describe, expect, it } from 'vitest';
import { isRunnable, parseSearchParams, toSearchParams } from './search-params';

describe('search URL state', () => {
  it('defaults to a phone search on page 1', () => {
    expect(parseSearchParams(new URLSearchParams())).toEqual({ mode: 'phone', query: '', page: 1, pageSize: 20, sort: 'desc' });
  });

  it('round-trips every field, keeping % and _ intact', () => {
    const state = { mode: 'phone', query: '+44%87_', page: 3, pageSize: 50, sort: 'desc' } as const;
    const params = toSearchParams(state);
    expect(params.toString()).toBe('q=%2B44%2587_&page=3&size=50');
    expect(parseSearchParams(new URLSearchParams(params.toString()))).toEqual(state);
  });

  it('ignores nonsense instead of failing', () => {
    expect(parseSearchParams(new URLSearchParams('by=sql&page=-2&size=7&sort=sideways'))).toEqual({
      mode: 'phone',
      query: '',
      page: 1,
      pageSize: 20,
      sort: 'desc',
    });
  });

  it('drops the query for modes that take none', () => {
    expect(toSearchParams({ mode: 'browse', query: 'left over', page: 1, pageSize: 20, sort: 'asc' }).toString()).toBe(
      'by=browse&sort=asc',
    );
  });

  it('runs lookups only when there is something to look up', () => {
    expect(isRunnable({ mode: 'number', query: '', page: 1, pageSize: 20, sort: 'desc' })).toBe(false);
    expect(isRunnable({ mode: 'browse', query: '', page: 1, pageSize: 20, sort: 'desc' })).toBe(true);
  });
});
