import * as z from 'zod/mini';
import { count, date, fieldOf, readRows, text, type UnreadableRow } from './tolerant';

/*
 * OBP's API metrics as `GET /management/metrics` sends them: `MetricsJsonV510` (v5.1.0; older versions send
 * `MetricJson` with fewer fields). Each row is one API call. OBP stores an anonymous call's user as the text "null"
 * (its `anon` filter looks for `userid = 'null'`) or leaves user_id and user_name null; `response_body` is any JSON
 * (or "Not enabled"); a row written by an older version may lack the newer fields. All of it reads as one shape.
 */
const notRecorded = (value: string) => (value === 'null' ? '' : value);

export const tolerantMetric = z.pipe(
  z.looseObject({
    user_id: text,
    user_name: text,
    url: z.string(),
    date,
    app_name: text,
    implemented_by_partial_function: text,
    implemented_in_version: text,
    verb: text,
    correlation_id: text,
    duration: count,
  }),
  z.transform((wire) => ({
    userId: notRecorded(wire.user_id),
    userName: notRecorded(wire.user_name),
    url: wire.url,
    date: wire.date,
    appName: notRecorded(wire.app_name),
    operation: wire.implemented_by_partial_function,
    version: wire.implemented_in_version,
    verb: wire.verb.toUpperCase(),
    correlationId: wire.correlation_id,
    duration: wire.duration,
  })),
);
export type Metric = z.output<typeof tolerantMetric>;

/** `{"metrics": [...]}`: a row that cannot be read stays in the list as an unreadable row, named by its correlation id. */
export const tolerantMetricList = z.pipe(
  z.looseObject({ metrics: z.optional(z.nullable(z.array(z.unknown()))) }),
  z.transform((wire): Array<Metric | UnreadableRow> => readRows(tolerantMetric, wire.metrics ?? [], fieldOf('correlation_id'))),
);
