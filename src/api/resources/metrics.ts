import { queryOptions } from '@tanstack/react-query';
import { obpRequest } from '@/api/client';
import { tolerantMetricList, type Metric } from '@/api/wire/metrics';
import { isUnreadable, type UnreadableRow } from '@/api/wire/tolerant';

/**
 * OBP's API metrics (`GET /obp/v5.1.0/management/metrics`, CanReadMetrics): one row per API call, newest first. The
 * Activity tab asks for the calls that name one customer in their address, with OBP's own filters, so it works on a
 * real OBP server unchanged.
 */

/** OBP's default page (`limit` 50). */
export const ACTIVITY_PAGE_SIZE = 50;

export type CustomerActivityQuery = {
  customerId: string;
  /** OBP's `user_id`, exact. */
  userId: string;
  /** OBP's `verb`, exact (GET, POST, PUT, DELETE); '' = any. */
  verb: string;
  /** OBP's DateWithMs, `yyyy-MM-ddTHH:mm:ss.SSSZ`; '' = open (OBP: the epoch / far future). */
  fromDate: string;
  toDate: string;
  offset: number;
};

export type CustomerActivityPage = {
  /** The calls of this page that name the customer (and any row that could not be read). */
  rows: Array<Metric | UnreadableRow>;
  /** How many rows the server answered: a full page means there may be more. */
  received: number;
  limit: number;
  offset: number;
};

/**
 * `include_url_patterns` is OBP's LIKE over the url; the customer id (a UUID) has no LIKE wildcard of its own, so
 * `%ID%` matches exactly the urls that contain it. OBP's rows query ignores the pattern (only its aggregate applies
 * it), so the rows are matched here as well: on such a server a page holds every call, of which this keeps the ones
 * that name the customer, and the tab says so.
 */
async function readCustomerActivity(query: CustomerActivityQuery, signal: AbortSignal): Promise<CustomerActivityPage> {
  const rows = await obpRequest({
    path: '/management/metrics',
    query: {
      include_url_patterns: `%${query.customerId}%`,
      limit: ACTIVITY_PAGE_SIZE,
      offset: query.offset,
      user_id: query.userId,
      verb: query.verb,
      from_date: query.fromDate,
      to_date: query.toDate,
    },
    schema: tolerantMetricList,
    signal,
  });
  return {
    rows: rows.filter((row) => isUnreadable(row) || row.url.includes(query.customerId)),
    received: rows.length,
    limit: ACTIVITY_PAGE_SIZE,
    offset: query.offset,
  };
}

export const metricQueries = {
  all: () => ['metrics'] as const,
  customerActivity: (query: CustomerActivityQuery) =>
    queryOptions({
      queryKey: [...metricQueries.all(), 'customer-activity', query] as const,
      queryFn: ({ signal }) => readCustomerActivity(query, signal),
      // Activity grows with every call: reopening the tab asks again.
      staleTime: 0,
    }),
};
