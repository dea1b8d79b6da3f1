import { describe, expect, it } from 'vitest';
import { actionOf, activityParams, obpDayEnd, obpDayStart, parseActivityFilters, pathOf } from './activity-filters';

describe('activity filters', () => {
  it('reads the URL, dropping what is not a filter OBP takes', () => {
    expect(parseActivityFilters(new URLSearchParams('user=u-1&verb=put&from=2026-01-01&to=2026-02-30&page=3'))).toEqual({
      user: 'u-1',
      verb: 'PUT',
      from: '2026-01-01',
      to: '',
      page: 3,
    });
    expect(parseActivityFilters(new URLSearchParams('verb=PATCH&page=-1'))).toEqual({ user: '', verb: '', from: '', to: '', page: 1 });
  });

  it('writes only what is set', () => {
    expect(activityParams({ user: '', verb: 'GET', from: '', to: '2026-03-31', page: 1 }).toString()).toBe('verb=GET&to=2026-03-31');
    expect(activityParams({ user: 'u-2', verb: '', from: '', to: '', page: 2 }).toString()).toBe('user=u-2&page=2');
  });

  it('turns local days into OBP’s DateWithMs, both ends included', () => {
    expect(obpDayStart('2026-01-15')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
    expect(obpDayEnd('2026-01-15')).toMatch(/\.999Z$/);
    expect(Date.parse(obpDayEnd('2026-01-15')) - Date.parse(obpDayStart('2026-01-15'))).toBe(86_400_000 - 1);
    expect(obpDayStart('')).toBe('');
  });

  it('names what a call did by its verb', () => {
    expect(['GET', 'POST', 'PUT', 'DELETE', 'PATCH'].map(actionOf)).toEqual(['viewed', 'changed', 'changed', 'deleted', 'other']);
    expect(pathOf('/obp/v5.1.0/banks/b/customers/c?x=1')).toBe('/obp/v5.1.0/banks/b/customers/c');
  });
});
