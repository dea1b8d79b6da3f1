import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { migrate } from '../database/migrations';
import { createMetricRepository, METRIC_STATEMENTS_KEPT, type MetricRecord } from './metric-repository';

const call = (overrides: Partial<MetricRecord> = {}): MetricRecord => ({
  userId: 'b5e2a9c4-3f1d-4e8a-9c7b-2d6f8e1a0b3c',
  userName: 'manager',
  url: '/obp/v5.1.0/banks/gh.29.uk/customers/c1',
  date: 1_000,
  appName: 'Customer Desk',
  developerEmail: '',
  implementedByPartialFunction: 'getCustomerById',
  implementedInVersion: 'v3.1.0',
  consumerId: '',
  verb: 'GET',
  correlationId: '1',
  duration: 3,
  sourceIp: '127.0.0.1',
  targetIp: '',
  status: 200,
  ...overrides,
});

const repository = () => {
  const database = new Database(':memory:');
  migrate(database);
  return { database, metrics: createMetricRepository(database) };
};
const everyRow = (metrics: ReturnType<typeof createMetricRepository>) =>
  metrics.find({ fromDate: 0, toDate: Number.MAX_SAFE_INTEGER, limit: 100_000, offset: 0, sortDirection: 'ASC' });

describe('metric repository', () => {
  it('writes each recorded call as it was, whichever statement writes its row', () => {
    const { metrics } = repository();
    // Rows of one operation and caller (one statement), of other operations and callers, and values that cannot be
    // literals in SQL (quotes, a backslash, a control character, non-ASCII): every value must come back as recorded.
    const calls = [
      call(),
      call({ correlationId: '2', date: 1_001, userName: "o'brien", url: "/obp/v5.1.0/banks/x'y/customers" }),
      call({ correlationId: '3', date: 1_002, verb: 'POST', implementedByPartialFunction: 'createCustomer', status: 201 }),
      call({ correlationId: '4', date: 1_003, appName: "Bob's app", developerEmail: 'a@b.example' }),
      call({ correlationId: '5', date: 1_004, consumerId: "x'); DROP TABLE metrics; --", targetIp: '10.0.0.1' }),
      call({ correlationId: '6', date: 1_005, implementedInVersion: 'v5.1.0\\', appName: 'Zahlungsprüfung' }),
      call({ correlationId: '7', date: 1_006, developerEmail: 'line\nbreak', userId: '', userName: '', appName: '' }),
      call({ correlationId: '8', date: 1_007 }),
    ];
    for (const metric of calls) metrics.record(metric);
    expect(everyRow(metrics)).toEqual(calls);
  });

  it('still writes every row once it keeps as many statements as it may', () => {
    const { metrics } = repository();
    const calls = Array.from({ length: METRIC_STATEMENTS_KEPT + 20 }, (_, index) =>
      call({ correlationId: String(index), date: index, implementedByPartialFunction: `operation${index % (METRIC_STATEMENTS_KEPT + 10)}` }),
    );
    metrics.saveAll(calls);
    expect(everyRow(metrics)).toEqual(calls);
  });

  it('does not add a statement for a call whose repeating values it has seen', () => {
    const { database, metrics } = repository();
    const prepare = vi.spyOn(database, 'prepare');
    metrics.saveAll([call()]);
    expect(prepare).toHaveBeenCalledTimes(1);
    metrics.saveAll([call({ correlationId: '2' }), call({ correlationId: '3', userId: 'u2', url: '/other', status: 404, duration: 9 })]);
    expect(prepare).toHaveBeenCalledTimes(1);
    metrics.saveAll([call({ correlationId: '4', verb: 'HEAD' })]);
    expect(prepare).toHaveBeenCalledTimes(2);
    expect(everyRow(metrics).map((row) => `${row.correlationId} ${row.verb} ${row.status}`)).toEqual(['1 GET 200', '2 GET 200', '3 GET 404', '4 HEAD 200']);
  });
});
