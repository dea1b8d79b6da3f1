import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BANK, createTestSandbox, errorOf, type TestSandbox } from '../test-support/test-sandbox';

let sandbox: TestSandbox;
let evelineId: string;
beforeAll(async () => {
  sandbox = await createTestSandbox({ customers: 20 });
  evelineId = sandbox.repositories.customers.findByNumber(BANK, '5987953')!.customerId;
});
afterAll(async () => sandbox.close());

/**
 * Metric rows are written after the answer, on a later turn of the event loop; the tests poll the endpoint for them.
 * A second unit suite running beside this one stretched that wait past vitest's 1 s default (the run took 7.7× as long).
 */
const UNTIL_RECORDED = { timeout: 15_000 };

type Metric = Record<string, unknown> & { user_id: string; url: string; verb: string; implemented_by_partial_function: string };
const metrics = async (query: string) => {
  const response = await sandbox.as('admin', { method: 'GET', url: `/obp/v5.1.0/management/metrics${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { metrics: Metric[] }).metrics;
};
const userIdOf = async (user: 'admin' | 'teller') =>
  (await sandbox.as(user, { method: 'GET', url: '/obp/v5.1.0/users/current' })).json<{ user_id: string }>().user_id;

describe('GET /management/metrics', () => {
  it('records each API call with who made it and which operation, in OBP’s MetricJsonV510 shape', async () => {
    const tellerId = await userIdOf('teller');
    // A query of its own, so another check's call of the same customer does not match the pattern.
    const url = `/obp/v5.1.0/banks/${BANK}/customers/${evelineId}?shape-check=1`;
    await sandbox.as('teller', { method: 'GET', url });
    const pattern = encodeURIComponent(`%/customers/${evelineId}?shape-check=%`);
    await vi.waitFor(async () => expect(await metrics(`?include_url_patterns=${pattern}&user_id=${tellerId}`)).toHaveLength(1), UNTIL_RECORDED);
    const [metric] = await metrics(`?include_url_patterns=${pattern}&user_id=${tellerId}`);
    expect(Object.keys(metric!)).toEqual([
      'user_id', 'url', 'date', 'user_name', 'app_name', 'developer_email', 'implemented_by_partial_function', 'implemented_in_version',
      'consumer_id', 'verb', 'correlation_id', 'duration', 'source_ip', 'target_ip', 'response_body',
    ]);
    expect(metric).toMatchObject({
      user_id: tellerId,
      user_name: 'teller',
      url,
      verb: 'GET',
      implemented_by_partial_function: 'getCustomerById',
      response_body: 'Not enabled',
    });
    expect(metric!.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('filters by verb, date range, limit and offset', async () => {
    await vi.waitFor(async () => expect((await metrics('?verb=GET&limit=2')).length).toBe(2), UNTIL_RECORDED);
    expect((await metrics('?verb=GET&limit=2')).every((metric) => metric.verb === 'GET')).toBe(true);
    expect(await metrics('?verb=DELETE')).toEqual([]);
    expect(await metrics('?to_date=2000-01-01T00:00:00.000Z')).toEqual([]);
    // Each read is recorded too (and visible to the next one): leave the management calls out to page a fixed list.
    const others = `exclude_url_patterns=${encodeURIComponent('%/management/%')}`;
    const [first, second] = await metrics(`?limit=2&${others}`);
    expect((await metrics(`?limit=1&offset=1&${others}`))[0]).toEqual(second);
    expect(first).toBeDefined();
  });

  it('refuses a malformed date with OBP-10026 and a user without CanReadMetrics with 403', async () => {
    const bad = await sandbox.as('admin', { method: 'GET', url: '/obp/v5.1.0/management/metrics?from_date=yesterday' });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).message).toContain('OBP-10026');
    const teller = await sandbox.as('teller', { method: 'GET', url: '/obp/v5.1.0/management/metrics' });
    expect(errorOf(teller)).toEqual({ code: 403, message: 'OBP-20006: User is missing one or more roles: CanReadMetrics' });
  });
});

describe('metric rows written in batches', () => {
  it('shows a call that completed before the read at once, without waiting for the batch to be written', async () => {
    const tellerId = await userIdOf('teller');
    const url = `/obp/v5.1.0/banks/${BANK}/customers/${evelineId}?batch-check=1`;
    expect((await sandbox.as('teller', { method: 'GET', url })).statusCode).toBe(200);
    // No polling: the read writes the waiting rows first (the batch itself waits up to METRIC_WRITE_DELAY_MS).
    const found = await metrics(`?url=${encodeURIComponent(url)}&user_id=${tellerId}`);
    expect(found.map((metric) => metric.implemented_by_partial_function)).toEqual(['getCustomerById']);
    const aggregate = await sandbox.as('admin', { method: 'GET', url: `/obp/v5.1.0/management/aggregate-metrics?url=${encodeURIComponent(url)}` });
    expect((aggregate.json() as Array<{ count: number }>)[0]!.count).toBe(1);
  });

  it('writes waiting rows when the app closes', async () => {
    const own = await createTestSandbox({ customers: 5 });
    const url = `/obp/v5.1.0/banks/${BANK}/customers?limit=1&close-check=1`;
    expect((await own.as('manager', { method: 'GET', url })).statusCode).toBe(200);
    await own.app.close();
    const rows = own.database.prepare('SELECT implemented_by_partial_function AS operation FROM metrics WHERE url = ?').all(url);
    own.database.close();
    expect(rows).toEqual([{ operation: 'getCustomersAtBank' }]);
  });
});

describe('GET /management/aggregate-metrics', () => {
  it('answers a list of one AggregateMetricJSON', async () => {
    // At least one GET recorded, whichever checks ran before (a read writes the waiting rows first).
    expect((await sandbox.as('admin', { method: 'GET', url: '/obp/v5.1.0/users/current' })).statusCode).toBe(200);
    const response = await sandbox.as('admin', { method: 'GET', url: '/obp/v5.1.0/management/aggregate-metrics?verb=GET' });
    const [aggregate] = response.json() as Array<Record<string, number>>;
    expect(Object.keys(aggregate!)).toEqual(['count', 'average_response_time', 'minimum_response_time', 'maximum_response_time']);
    expect(aggregate!.count).toBeGreaterThan(0);
    expect(aggregate!.maximum_response_time).toBeGreaterThanOrEqual(aggregate!.minimum_response_time!);
    const teller = await sandbox.as('teller', { method: 'GET', url: '/obp/v5.1.0/management/aggregate-metrics' });
    expect(teller.statusCode).toBe(403);
  });
});
