import type { CrmEvent } from '@/api/wire/crm-events';

/** The CRM events page's state lives in the URL: `?category=…&channel=…&from=2026-01-01&to=2026-03-31&page=2`. */
export type CrmEventFilters = {
  category: string;
  channel: string;
  /** Local calendar days, `yyyy-MM-dd`, both ends included; '' = open. */
  from: string;
  to: string;
  /** One customer's events, by customer number (the link from a customer's timeline). */
  customer: string;
  page: number;
};

export const PAGE_SIZE = 25;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseFilters(params: URLSearchParams): CrmEventFilters {
  const day = (value: string | null) => (value && DAY.test(value) ? value : '');
  const page = Number(params.get('page'));
  return {
    category: params.get('category') ?? '',
    channel: params.get('channel') ?? '',
    from: day(params.get('from')),
    to: day(params.get('to')),
    customer: params.get('customer') ?? '',
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
  };
}

/** Only what is set is written, so links stay short. */
export function toParams(filters: CrmEventFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['category', 'channel', 'from', 'to', 'customer'] as const) {
    if (filters[key]) params.set(key, filters[key]);
  }
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

export const crmEventsPath = (bankId: string, filters: Partial<CrmEventFilters> = {}) => {
  const query = toParams({ category: '', channel: '', from: '', to: '', customer: '', page: 1, ...filters }).toString();
  return `/banks/${encodeURIComponent(bankId)}/crm-events${query ? `?${query}` : ''}`;
};

/** When the event happened, else when it was planned: the date the list is sorted and filtered by. */
export function eventDate(event: CrmEvent): Date | undefined {
  const value = event.actualDate ?? event.scheduledDate;
  return value ? new Date(value) : undefined;
}

const pad = (number: number) => String(number).padStart(2, '0');
const localDay = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

export const rangeIsInverted = (filters: Pick<CrmEventFilters, 'from' | 'to'>) =>
  filters.from !== '' && filters.to !== '' && filters.from > filters.to;

function newestFirst(a: CrmEvent, b: CrmEvent): number {
  const left = eventDate(a)?.getTime();
  const right = eventDate(b)?.getTime();
  if (left === undefined || right === undefined) return left === right ? 0 : left === undefined ? 1 : -1;
  return right - left;
}

/** The events that pass every filter, newest first (events with no date at all last). */
export function filterEvents(events: readonly CrmEvent[], filters: CrmEventFilters): CrmEvent[] {
  // An inverted range is reported beside the fields and not applied, rather than silently showing nothing.
  const useRange = !rangeIsInverted(filters);
  const customer = filters.customer.trim();
  return events
    .filter((event) => {
      if (filters.category && event.category !== filters.category) return false;
      if (filters.channel && event.channel !== filters.channel) return false;
      if (customer && event.customerNumber !== customer) return false;
      if (useRange && (filters.from || filters.to)) {
        const date = eventDate(event);
        if (!date) return false;
        const day = localDay(date);
        if (filters.from && day < filters.from) return false;
        if (filters.to && day > filters.to) return false;
      }
      return true;
    })
    .sort(newestFirst);
}

/** The distinct non-empty values of a field, sorted for the user's language. */
export function distinctValues(events: readonly CrmEvent[], field: 'category' | 'channel', language: string): string[] {
  return [...new Set(events.map((event) => event[field]).filter(Boolean))].sort(new Intl.Collator(language).compare);
}

export function pageOf<T>(items: readonly T[], page: number, size = PAGE_SIZE): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  return { items: items.slice((current - 1) * size, current * size), page: current, pages };
}
