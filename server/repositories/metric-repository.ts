import type { SandboxDatabase } from '../database/sandbox-database';

/** One API call, as OBP's APIMetric records it. */
export type MetricRecord = {
  userId: string;
  userName: string;
  url: string;
  /** Epoch milliseconds. */
  date: number;
  appName: string;
  developerEmail: string;
  implementedByPartialFunction: string;
  implementedInVersion: string;
  consumerId: string;
  verb: string;
  correlationId: string;
  duration: number;
  sourceIp: string;
  targetIp: string;
  status: number;
};

/** OBP's metrics filters (APIUtil.createQueriesByHttpParams), each optional. */
export type MetricFilter = {
  fromDate: number;
  toDate: number;
  limit: number;
  offset: number;
  sortDirection: 'ASC' | 'DESC';
  userId?: string;
  consumerId?: string;
  /** true: anonymous calls only; false: signed-in calls only. */
  anon?: boolean;
  url?: string;
  appName?: string;
  implementedByPartialFunction?: string;
  implementedInVersion?: string;
  verb?: string;
  correlationId?: string;
  /** SQL LIKE patterns over the url, any of which matches. */
  includeUrlPatterns?: readonly string[];
  excludeUrlPatterns?: readonly string[];
  includeAppNames?: readonly string[];
  excludeAppNames?: readonly string[];
  includeImplementedByPartialFunctions?: readonly string[];
  excludeImplementedByPartialFunctions?: readonly string[];
};

export type AggregateMetrics = { count: number; average: number; minimum: number; maximum: number };

type MetricRow = {
  user_id: string;
  user_name: string;
  url: string;
  date: number;
  app_name: string;
  developer_email: string;
  implemented_by_partial_function: string;
  implemented_in_version: string;
  consumer_id: string;
  verb: string;
  correlation_id: string;
  duration: number;
  source_ip: string;
  target_ip: string;
  status: number;
};

const COLUMNS =
  'user_id, user_name, url, date, app_name, developer_email, implemented_by_partial_function, implemented_in_version, consumer_id, verb, correlation_id, duration, source_ip, target_ip, status';

const toRecord = (row: MetricRow): MetricRecord => ({
  userId: row.user_id,
  userName: row.user_name,
  url: row.url,
  date: row.date,
  appName: row.app_name,
  developerEmail: row.developer_email,
  implementedByPartialFunction: row.implemented_by_partial_function,
  implementedInVersion: row.implemented_in_version,
  consumerId: row.consumer_id,
  verb: row.verb,
  correlationId: row.correlation_id,
  duration: row.duration,
  sourceIp: row.source_ip,
  targetIp: row.target_ip,
  status: row.status,
});

/** The WHERE clause and its parameters for a filter: every value bound, never spliced into the SQL. */
function whereOf(filter: MetricFilter): { sql: string; values: unknown[] } {
  const clauses = ['date >= ?', 'date <= ?'];
  const values: unknown[] = [filter.fromDate, filter.toDate];
  const equal = (column: string, value: string | undefined) => {
    if (value === undefined) return;
    clauses.push(`${column} = ?`);
    values.push(value);
  };
  const anyOf = (column: string, list: readonly string[] | undefined, operator: '=' | 'LIKE', negate = false) => {
    if (!list || list.length === 0) return;
    // SQLite's LIKE ignores ASCII case where OBP's PostgreSQL LIKE does not: a pattern may match a little more here.
    const one = `${column} ${operator} ?`;
    clauses.push(`${negate ? 'NOT ' : ''}(${list.map(() => one).join(' OR ')})`);
    values.push(...list);
  };
  equal('user_id', filter.userId);
  equal('consumer_id', filter.consumerId);
  equal('url', filter.url);
  equal('app_name', filter.appName);
  equal('implemented_by_partial_function', filter.implementedByPartialFunction);
  equal('implemented_in_version', filter.implementedInVersion);
  equal('verb', filter.verb);
  equal('correlation_id', filter.correlationId);
  if (filter.anon !== undefined) clauses.push(filter.anon ? "user_id = ''" : "user_id <> ''");
  anyOf('url', filter.includeUrlPatterns, 'LIKE');
  anyOf('url', filter.excludeUrlPatterns, 'LIKE', true);
  anyOf('app_name', filter.includeAppNames, '=');
  anyOf('app_name', filter.excludeAppNames, '=', true);
  anyOf('implemented_by_partial_function', filter.includeImplementedByPartialFunctions, '=');
  anyOf('implemented_by_partial_function', filter.excludeImplementedByPartialFunctions, '=', true);
  return { sql: clauses.join(' AND '), values };
}

export type MetricRepository = ReturnType<typeof createMetricRepository>;

/**
 * How a recorded call's row is written: with others, in one transaction, at most this long after the call (or at once
 * when this many rows wait). Every read of the metrics writes what waits first, so an answer never misses a call that
 * completed before it.
 */
export const METRIC_WRITE_DELAY_MS = 100;
export const METRIC_BATCH_ROWS = 500;

/**
 * A row's values that repeat from call to call — the operation (verb, partial function, version) and who made the
 * call (app, developer, consumer, target) — become literals in an insert statement of their own when they are plain
 * words: such a statement binds only the 8 values that change per call instead of 15. Binding a value through
 * better-sqlite3 costs ~800 instructions (a UTF-8 copy and SQLite's copy of it), a sixth of a GET customer's own work
 * in its audit row. Literals exclude quotes and control characters, so a value cannot end its literal; any other value
 * (and every row of a set first seen once this many sets are kept: one per operation and caller's app, a few hundred)
 * is bound.
 */
const PLAIN_LITERAL = /^[\w .,:;@/+=()-]*$/;
export const METRIC_STATEMENTS_KEPT = 1000;

/** The values an operation's statement carries as literals, in the order of its SQL. */
const REPEATING = ['appName', 'developerEmail', 'implementedByPartialFunction', 'implementedInVersion', 'consumerId', 'verb', 'targetIp'] as const;
const REPEATING_COLUMNS = 'app_name, developer_email, implemented_by_partial_function, implemented_in_version, consumer_id, verb, target_ip';
const VARYING_COLUMNS = 'user_id, user_name, url, date, correlation_id, duration, source_ip, status';

type RowInsert = { metric: MetricRecord; run: (metric: MetricRecord) => void };

export function createMetricRepository(database: SandboxDatabase) {
  const insert = database.prepare(`INSERT INTO metrics (${COLUMNS}) VALUES (${COLUMNS.split(', ').map(() => '?').join(', ')})`);
  const bindEvery = (metric: MetricRecord): void => {
    insert.run(
      metric.userId, metric.userName, metric.url, metric.date, metric.appName, metric.developerEmail,
      metric.implementedByPartialFunction, metric.implementedInVersion, metric.consumerId, metric.verb,
      metric.correlationId, metric.duration, metric.sourceIp, metric.targetIp, metric.status,
    );
  };
  const literalInsert = (metric: MetricRecord): ((row: MetricRecord) => void) => {
    const literals = REPEATING.map((key) => `'${metric[key]}'`).join(', ');
    const statement = database.prepare(`INSERT INTO metrics (${VARYING_COLUMNS}, ${REPEATING_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ${literals})`);
    return (row) => {
      statement.run(row.userId, row.userName, row.url, row.date, row.correlationId, row.duration, row.sourceIp, row.status);
    };
  };
  // Per partial function, how the rows of each set of repeating values seen with it are written (usually one set).
  const inserts = new Map<string, RowInsert[]>();
  let kept = 0;
  const sameRepeating = (a: MetricRecord, b: MetricRecord): boolean =>
    a.verb === b.verb && a.implementedInVersion === b.implementedInVersion && a.appName === b.appName &&
    a.developerEmail === b.developerEmail && a.consumerId === b.consumerId && a.targetIp === b.targetIp;
  // A set of repeating values seen once is remembered with how its rows are written, bound ones included, so that the
  // plain-word check runs once per set rather than once per row.
  const insertFor = (metric: MetricRecord): ((metric: MetricRecord) => void) => {
    const forOperation = inserts.get(metric.implementedByPartialFunction);
    if (forOperation) {
      for (const known of forOperation) if (sameRepeating(known.metric, metric)) return known.run;
    }
    if (kept >= METRIC_STATEMENTS_KEPT) return bindEvery;
    const run = REPEATING.every((key) => PLAIN_LITERAL.test(metric[key])) ? literalInsert(metric) : bindEvery;
    kept += 1;
    if (forOperation) forOperation.push({ metric, run });
    else inserts.set(metric.implementedByPartialFunction, [{ metric, run }]);
    return run;
  };
  const insertAll = database.transaction((metrics: readonly MetricRecord[]) => {
    for (const metric of metrics) insertFor(metric)(metric);
  });

  let pending: MetricRecord[] = [];
  let timer: NodeJS.Timeout | undefined;
  let reportLoss = (error: unknown, _lost: number): void => {
    throw error;
  };
  /** Writes the waiting rows; a failed write loses them and is reported, never thrown at the request that read. */
  const writePending = (): void => {
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    try {
      insertAll(batch);
    } catch (error) {
      reportLoss(error, batch.length);
    }
  };

  return {
    /**
     * Keeps a call's row to be written with others (see METRIC_WRITE_DELAY_MS): a row costs ~6 µs of SQLite work
     * either way, but one transaction per call (or per turn of the event loop) added its own overhead to each.
     */
    record(metric: MetricRecord): void {
      pending.push(metric);
      if (pending.length >= METRIC_BATCH_ROWS) writePending();
      else if (timer === undefined) {
        timer = setTimeout(writePending, METRIC_WRITE_DELAY_MS);
        // A waiting row does not keep the process alive; closing the app writes it (installMetricRecorder).
        timer.unref();
      }
    },
    /** Writes every waiting row now (on close, and before every read). */
    writePending,
    /** Where a failed write is reported (the app's log); by default it throws. */
    onWriteFailure(report: (error: unknown, lost: number) => void): void {
      reportLoss = report;
    },
    /** Many rows in one transaction, at once. */
    saveAll(metrics: readonly MetricRecord[]): void {
      if (metrics.length > 0) insertAll(metrics);
    },
    find(filter: MetricFilter): MetricRecord[] {
      writePending();
      const { sql, values } = whereOf(filter);
      const direction = filter.sortDirection === 'ASC' ? 'ASC' : 'DESC';
      return database
        .prepare<unknown[], MetricRow>(`SELECT ${COLUMNS} FROM metrics WHERE ${sql} ORDER BY date ${direction}, id ${direction} LIMIT ? OFFSET ?`)
        .all(...values, filter.limit, filter.offset)
        .map(toRecord);
    },
    aggregate(filter: Omit<MetricFilter, 'limit' | 'offset' | 'sortDirection'>): AggregateMetrics {
      writePending();
      const { sql, values } = whereOf({ ...filter, limit: 0, offset: 0, sortDirection: 'DESC' });
      const row = database
        .prepare<unknown[], { count: number; average: number | null; minimum: number | null; maximum: number | null }>(
          `SELECT count(*) AS count, avg(duration) AS average, min(duration) AS minimum, max(duration) AS maximum FROM metrics WHERE ${sql}`,
        )
        .get(...values)!;
      return { count: row.count, average: row.average ?? 0, minimum: row.minimum ?? 0, maximum: row.maximum ?? 0 };
    },
  };
}
