import { describe, expect, it } from 'vitest';
import type { CrmEvent } from '@/api/wire/crm-events';
import { crmEventsPath, distinctValues, filterEvents, pageOf, parseFilters, toParams, type CrmEventFilters } from './crm-event-filters';

const event = (id: string, overrides: Partial<CrmEvent> = {}): CrmEvent => ({
  id,
  bankId: 'gh.29.uk',
  customerName: 'Eveline Tripman',
  customerNumber: '5987953',
  category: 'Call',
  detail: 'Asked about rates',
  channel: 'Phone',
  scheduledDate: undefined,
  actualDate: undefined,
  result: '',
  ...overrides,
});

const none: CrmEventFilters = { category: '', channel: '', from: '', to: '', customer: '', page: 1 };

describe('CRM event filters', () => {
  const events = [
    event('old', { actualDate: '2026-01-10T09:00:00Z', category: 'Call', channel: 'Phone' }),
    event('planned', { scheduledDate: '2026-12-01T09:00:00Z', category: 'Visit', channel: 'Branch' }),
    event('new', { scheduledDate: '2026-01-01T09:00:00Z', actualDate: '2026-11-20T15:00:00Z', category: 'Call', channel: 'Email' }),
    event('undated', { category: 'Note', customerNumber: '42' }),
  ];

  it('sorts newest first by when it happened, else when it was planned, undated last', () => {
    expect(filterEvents(events, none).map((entry) => entry.id)).toEqual(['planned', 'new', 'old', 'undated']);
  });

  it('narrows by category, channel and customer number', () => {
    expect(filterEvents(events, { ...none, category: 'Call' }).map((entry) => entry.id)).toEqual(['new', 'old']);
    expect(filterEvents(events, { ...none, category: 'Call', channel: 'Email' }).map((entry) => entry.id)).toEqual(['new']);
    expect(filterEvents(events, { ...none, customer: ' 42 ' }).map((entry) => entry.id)).toEqual(['undated']);
  });

  it('keeps a date range inclusive of both days, and ignores an inverted one', () => {
    expect(filterEvents(events, { ...none, from: '2026-11-20', to: '2026-12-01' }).map((entry) => entry.id)).toEqual(['planned', 'new']);
    expect(filterEvents(events, { ...none, to: '2026-01-10' }).map((entry) => entry.id)).toEqual(['old']);
    expect(filterEvents(events, { ...none, from: '2026-12-02', to: '2026-01-01' })).toHaveLength(4);
  });

  it('lists the categories and channels in use', () => {
    expect(distinctValues(events, 'category', 'en')).toEqual(['Call', 'Note', 'Visit']);
    expect(distinctValues(events, 'channel', 'en')).toEqual(['Branch', 'Email', 'Phone']);
  });

  it('keeps the filters in the URL, writing only what is set', () => {
    const filters = parseFilters(new URLSearchParams('category=Call&from=2026-01-01&to=bad&page=3'));
    expect(filters).toEqual({ ...none, category: 'Call', from: '2026-01-01', page: 3 });
    expect(toParams(filters).toString()).toBe('category=Call&from=2026-01-01&page=3');
    expect(parseFilters(new URLSearchParams('page=-2')).page).toBe(1);
    expect(crmEventsPath('gh.29.uk', { customer: '5987953' })).toBe('/banks/gh.29.uk/crm-events?customer=5987953');
  });

  it('pages 25 at a time, and keeps a page number past the end on the last page', () => {
    const items = Array.from({ length: 60 }, (_, index) => index);
    expect(pageOf(items, 1)).toMatchObject({ page: 1, pages: 3, items: items.slice(0, 25) });
    expect(pageOf(items, 3).items).toEqual(items.slice(50));
    expect(pageOf(items, 9).page).toBe(3);
    expect(pageOf([], 1)).toEqual({ items: [], page: 1, pages: 1 });
  });
});
