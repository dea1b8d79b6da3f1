import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { configureClient, directLogin, directLoginCredentials, obpRequest, obpRequestWithHeaders, obpRowStream, path, type RowBatch } from './client';
import { ObpError } from './errors';
import { parseRawRow } from './json-list-rows';
import { scanListRows, type PageMessage, type WorkerMessage } from './json-list-rows-scan';
import { stubClientFetch } from '@/testing/client-fetch';
import { directLoginTokenBody } from './schemas/auth';
import { setToken } from './session-token';

const { fetchMock, requestOf } = stubClientFetch({ config: { baseUrl: 'https://obp.example', consumerKey: 'customer-desk' } });
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

describe('DirectLogin', () => {
  it('sends the credentials in the DirectLogin header to the server root', async () => {
    fetchMock.mockResolvedValueOnce(json(201, { token: 'abc' }));
    await expect(directLogin('manager', 'sandbox123!', directLoginTokenBody)).resolves.toEqual({ token: 'abc' });
    const { url, init, headers } = requestOf();
    expect(url).toBe('https://obp.example/my/logins/direct');
    expect(init.method).toBe('POST');
    expect(headers.DirectLogin).toBe('username="manager", password="sandbox123!", consumer_key="customer-desk"');
    expect(headers.Authorization).toBeUndefined();
  });

  it('quotes each value so OBP strips only the quotes', () => {
    expect(directLoginCredentials('a b', 'p=q', 'key')).toBe('username="a b", password="p=q", consumer_key="key"');
  });

  it('turns a refused login into an ObpError with the OBP code', async () => {
    fetchMock.mockResolvedValueOnce(json(401, { code: 401, message: 'OBP-20004: Invalid login credentials. Check username/password.' }));
    const error = await directLogin('manager', 'wrong', directLoginTokenBody).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ObpError);
    expect(error).toMatchObject({ status: 401, code: 'OBP-20004' });
  });
});

describe('obpRequest', () => {
  const schema = z.object({ name: z.string() });

  it('calls /obp/v5.1.0 with the token, a JSON body and encoded path segments', async () => {
    setToken('the-token');
    fetchMock.mockResolvedValueOnce(json(201, { name: 'x' }));
    await obpRequest({ method: 'POST', path: path`/banks/${'gh.29.uk'}/customers/${'a/b?c'}`, body: { a: 1 }, query: { limit: 20, offset: undefined }, schema });
    const { url, init, headers } = requestOf();
    expect(url).toBe('https://obp.example/obp/v5.1.0/banks/gh.29.uk/customers/a%2Fb%3Fc?limit=20');
    expect(headers.DirectLogin).toBe('token=the-token');
    expect(headers['Content-Type']).toBe('application/json');
    expect(init.body).toBe('{"a":1}');
  });

  it('sends no token and no content type when there is none', async () => {
    fetchMock.mockResolvedValueOnce(json(200, { name: 'x' }));
    await obpRequest({ path: '/banks', schema });
    expect(requestOf().headers.DirectLogin).toBeUndefined();
    expect(requestOf().headers['Content-Type']).toBeUndefined();
  });

  it('parses OBP error bodies: status, OBP code and message', async () => {
    fetchMock.mockResolvedValueOnce(
      json(403, { code: 403, message: 'OBP-20006: User is missing one or more roles: CanGetCustomers at Bank(gh.29.uk)' }),
    );
    await expect(obpRequest({ path: '/banks/gh.29.uk/customers', schema })).rejects.toMatchObject({
      status: 403,
      code: 'OBP-20006',
      message: 'OBP-20006: User is missing one or more roles: CanGetCustomers at Bank(gh.29.uk)',
      isMissingRole: true,
    });
  });

  it('keeps the status line when the error body is not OBP JSON', async () => {
    fetchMock.mockResolvedValueOnce(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    await expect(obpRequest({ path: '/banks', schema })).rejects.toMatchObject({ status: 502, code: 'HTTP', message: '502 Bad Gateway' });
  });

  it('reports an unexpected shape as a typed SCHEMA error, never a crash', async () => {
    fetchMock.mockResolvedValueOnce(json(200, { name: 42 }));
    const error = (await obpRequest({ path: '/banks', schema }).catch((caught: unknown) => caught)) as ObpError;
    expect(error).toBeInstanceOf(ObpError);
    expect(error.code).toBe('SCHEMA');
    expect(error.message).toContain('GET /banks answered in an unexpected shape at name');
  });

  it('reports a body that is not JSON as a SCHEMA error', async () => {
    fetchMock.mockResolvedValueOnce(new Response('not json', { status: 200 }));
    await expect(obpRequest({ path: '/banks', schema })).rejects.toMatchObject({ code: 'SCHEMA' });
  });

  it('turns a network failure into a NETWORK error (status 0)', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(obpRequest({ path: '/banks', schema })).rejects.toMatchObject({ status: 0, code: 'NETWORK', isNetworkFailure: true });
  });

  it('ends the session when OBP no longer accepts the token (401 or OBP-20003)', async () => {
    const onUnauthenticated = vi.fn();
    configureClient({ onUnauthenticated });
    setToken('expired');
    fetchMock.mockResolvedValueOnce(json(400, { code: 400, message: 'OBP-20003: This DirectLogin token is invalid or expired: x' }));
    await expect(obpRequest({ path: '/users/current', schema })).rejects.toMatchObject({ isUnauthenticated: true });
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('returns the headers for callers that need them (X-Total-Count)', async () => {
    fetchMock.mockResolvedValueOnce(json(201, { name: 'x' }, { 'X-Total-Count': '42' }));
    const response = await obpRequestWithHeaders({ method: 'POST', path: '/search', body: {}, schema });
    expect(response.headers.get('X-Total-Count')).toBe('42');
    expect(response.status).toBe(201);
  });
});

describe('a write whose 2xx answer cannot be read', () => {
  const schema = z.object({ name: z.string() });

  it.each(['POST', 'PUT', 'DELETE'] as const)('%s is reported as saved (undefined), not as a failure', async (method) => {
    fetchMock.mockResolvedValueOnce(json(method === 'POST' ? 201 : 200, { name: null, added_in_a_newer_version: 1 }));
    await expect(obpRequest({ method, path: '/banks/gh.29.uk/customers/c-1/email', body: { email: 'a@b.c' }, schema })).resolves.toBeUndefined();
  });

  it('is saved too when the body is not JSON at all', async () => {
    fetchMock.mockResolvedValueOnce(new Response('<html>ok</html>', { status: 201 }));
    await expect(obpRequest({ method: 'POST', path: '/banks/gh.29.uk/meetings', body: {}, schema })).resolves.toBeUndefined();
  });

  it('still answers what it read when it can', async () => {
    fetchMock.mockResolvedValueOnce(json(201, { name: 'x' }));
    await expect(obpRequest({ method: 'POST', path: '/banks/gh.29.uk/meetings', body: {}, schema })).resolves.toEqual({ name: 'x' });
  });

  it('still fails on an error status', async () => {
    fetchMock.mockResolvedValueOnce(json(400, { code: 400, message: 'OBP-30006: Customer Number already exists.' }));
    await expect(obpRequest({ method: 'PUT', path: '/banks/gh.29.uk/customers/c-1/number', body: {}, schema })).rejects.toMatchObject({
      code: 'OBP-30006',
    });
  });

  it('is not a read: a GET or a reading POST with an unreadable answer still fails with SCHEMA', async () => {
    fetchMock.mockResolvedValueOnce(json(200, { name: null }));
    await expect(obpRequest({ path: '/banks/gh.29.uk/customers/c-1', schema })).rejects.toMatchObject({ code: 'SCHEMA' });
    fetchMock.mockResolvedValueOnce(json(201, { name: null }));
    await expect(
      obpRequest({ method: 'POST', read: true, path: '/banks/gh.29.uk/customers/customer-number', body: {}, schema }),
    ).rejects.toMatchObject({ code: 'SCHEMA' });
  });
});

describe('obpRowStream', () => {
  /** An answer whose every piece is already queued, as when the page was busy while they arrived. */
  const backlog = (pieces: string[]) => {
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const piece of pieces) controller.enqueue(encoder.encode(piece));
        controller.close();
      },
    });
    return new Response(body, { status: 201, headers: { 'Content-Type': 'application/json' } });
  };
  const row = (index: number) => JSON.stringify({ customer_id: `c-${index}` });
  const rowsOf = (from: number, to: number) => Array.from({ length: to - from }, (_, offset) => row(from + offset)).join(',');

  it('hands out the first rows at once and lets a task run before reading the queued rest', async () => {
    fetchMock.mockResolvedValueOnce(backlog(['{"customers":[', rowsOf(0, 3), ',', rowsOf(3, 200), ',', rowsOf(200, 400), ']}']));
    const seen: string[] = [];
    let rows = 0;
    for await (const batch of obpRowStream({ method: 'POST', path: '/search', listField: 'customers' })) {
      rows += batch.rows.length;
      seen.push(batch.done ? `last batch, ${rows} rows in all` : `batch, ${rows} rows so far`);
      // Whatever the page was waiting to do (TanStack Query tells the screen in a timer): it must come before the rest is read.
      if (seen.length === 1) setTimeout(() => seen.push('a task of the page'), 0);
    }
    expect(seen[0]).toBe('batch, 3 rows so far');
    expect(seen[1]).toBe('a task of the page');
    expect(seen.at(-1)).toBe('last batch, 400 rows in all');
  });

  /** An answer still arriving: its pieces are sent one by one, and it ends only when told. */
  const arriving = () => {
    const encoder = new TextEncoder();
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({ start: (opened) => void (controller = opened) });
    return {
      response: new Response(body, { status: 201, headers: { 'Content-Type': 'application/json' } }),
      send: (piece: string) => controller.enqueue(encoder.encode(piece)),
      end: () => controller.close(),
    };
  };

  it('hands out one page of rows while the answer is still arriving, then the rest of their piece at once', async () => {
    const answer = arriving();
    fetchMock.mockResolvedValueOnce(answer.response);
    const stream = obpRowStream({ method: 'POST', path: '/search', listField: 'customers' });
    answer.send(`{"customers":[${rowsOf(0, 200)}`);
    // The answer has not ended: the first page must not wait for it, nor for the other 180 rows of its piece.
    const first = await stream.next();
    expect(first.value?.done).toBe(false);
    expect(first.value?.rows.map(parseRawRow)).toEqual(JSON.parse(`[${rowsOf(0, 20)}]`));
    const second = await stream.next();
    expect(second.value?.rows.map(parseRawRow)).toEqual(JSON.parse(`[${rowsOf(20, 200)}]`));
    answer.send(`,${rowsOf(200, 300)}]}`);
    answer.end();
    let rows = 200;
    let last: RowBatch | undefined;
    for await (const batch of stream) {
      rows += batch.rows.length;
      last = batch;
    }
    expect(last?.done).toBe(true);
    expect(rows).toBe(300);
  });

  it('reads on only after the browser has drawn the frame with the first rows', async () => {
    let drawFrame: (() => void) | undefined;
    const frameRequested = new Promise<'frame requested'>((resolve) => {
      vi.stubGlobal('document', { visibilityState: 'visible' });
      vi.stubGlobal('requestAnimationFrame', (callback: () => void) => {
        drawFrame = callback;
        resolve('frame requested');
        return 1;
      });
    });
    try {
      fetchMock.mockResolvedValueOnce(backlog(['{"customers":[', rowsOf(0, 30), ',', rowsOf(30, 60), ']}']));
      const stream = obpRowStream({ method: 'POST', path: '/search', listField: 'customers' });
      expect((await stream.next()).value?.rows).toHaveLength(20);
      const second = stream.next();
      // The rest (already queued) is read only once the frame has been drawn.
      await expect(Promise.race([frameRequested, second.then(() => 'read on')])).resolves.toBe('frame requested');
      drawFrame?.();
      expect((await second).value?.rows).toHaveLength(10);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('gathers the later rows into a few batches, not one per piece', async () => {
    const pieces = ['{"customers":[', rowsOf(0, 5)];
    for (let piece = 1; piece < 100; piece += 1) pieces.push(`,${rowsOf(piece * 5, piece * 5 + 5)}`);
    pieces.push(']}');
    fetchMock.mockResolvedValueOnce(backlog(pieces));
    const batches: number[] = [];
    for await (const batch of obpRowStream({ method: 'POST', path: '/search', listField: 'customers' })) batches.push(batch.rows.length);
    expect(batches.reduce((sum, rows) => sum + rows, 0)).toBe(500);
    // The first page, then what its frame left to read, then a batch at most every 250 ms: reading this backlog takes
    // a few milliseconds, so one per piece (100) would mean a screen re-rendered for every piece.
    expect(batches.length).toBeLessThan(10);
  });
});

describe('obpRowStream with a row worker', () => {
  /**
   * A worker that runs the row worker's logic in this thread, its messages delivered in later tasks like a real
   * worker's; `fails` makes its script fail to load.
   */
  class FakeWorker extends EventTarget {
    static started: FakeWorker[] = [];
    static fails = false;
    terminated = false;
    received: PageMessage[] = [];
    private body!: ReadableStreamDefaultController<Uint8Array>;
    private readonly pieces = new ReadableStream<Uint8Array>({ start: (controller) => void (this.body = controller) });

    constructor() {
      super();
      FakeWorker.started.push(this);
      setTimeout(() => (FakeWorker.fails ? this.dispatchEvent(new Event('error')) : this.emit({ type: 'ready' })));
    }

    postMessage(message: PageMessage) {
      if (this.terminated) return;
      this.received.push(message);
      if (message.type === 'start') {
        void scanListRows(this.pieces, message.listField, (scanned) => setTimeout(() => this.emit(scanned)), {
          before: message.before,
          skipRows: message.skipRows,
        });
      } else if (message.type === 'piece') this.body.enqueue(message.bytes);
      else this.body.close();
    }

    terminate() {
      this.terminated = true;
    }

    private emit(data: WorkerMessage) {
      if (!this.terminated) this.dispatchEvent(new MessageEvent('message', { data }));
    }
  }

  const encoder = new TextEncoder();
  const row = (index: number) => JSON.stringify({ customer_id: `c-${index}` });
  const rowsOf = (from: number, to: number) => Array.from({ length: to - from }, (_, offset) => row(from + offset)).join(',');
  /** An answer still arriving; `cancelled` once its reader gives up on it. */
  const arriving = () => {
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const state = { cancelled: false };
    const body = new ReadableStream<Uint8Array>({ start: (opened) => void (controller = opened), cancel: () => void (state.cancelled = true) });
    return {
      state,
      response: new Response(body, { status: 201, headers: { 'Content-Type': 'application/json' } }),
      send: (piece: string) => controller.enqueue(encoder.encode(piece)),
      end: () => controller.close(),
    };
  };
  const start = () => {
    FakeWorker.started = [];
    FakeWorker.fails = false;
    vi.stubGlobal('Worker', FakeWorker);
  };

  it('shows the first rows read on this thread, then has the worker read the rest, and ends the worker once done', async () => {
    start();
    const answer = arriving();
    fetchMock.mockResolvedValueOnce(answer.response);
    const stream = obpRowStream({ method: 'POST', path: '/search', listField: 'customers' });
    answer.send(`{"customers":[${rowsOf(0, 5)}`);
    const first = await stream.next();
    expect(first.value).toEqual({ rows: expect.any(Array), done: false });
    expect(first.value?.rows.map(parseRawRow)).toEqual(JSON.parse(`[${rowsOf(0, 5)}]`));
    answer.send(`,${rowsOf(5, 200)}`);
    answer.send(`,${rowsOf(200, 300)}]}`);
    answer.end();
    const later: RowBatch[] = [];
    for await (const batch of stream) later.push(batch);
    const [worker] = FakeWorker.started;
    // The worker was told which rows the page had shown, and was handed the rest of the body piece by piece.
    expect(worker?.received[0]).toMatchObject({ type: 'start', listField: 'customers', skipRows: 5 });
    expect(worker?.received.at(-1)).toEqual({ type: 'end' });
    expect(later.flatMap((batch) => batch.rows).map(parseRawRow)).toEqual(JSON.parse(`[${rowsOf(5, 300)}]`));
    expect(later.at(-1)?.done).toBe(true);
    expect(worker?.terminated).toBe(true);
  });

  it('ends the worker and the download when the query is dropped', async () => {
    start();
    const answer = arriving();
    fetchMock.mockResolvedValueOnce(answer.response);
    const dropped = new AbortController();
    const stream = obpRowStream({ method: 'POST', path: '/search', listField: 'customers', signal: dropped.signal });
    answer.send(`{"customers":[${rowsOf(0, 30)}`);
    expect((await stream.next()).value?.rows).toHaveLength(20);
    // The rest of the piece, from the worker; then nothing more has arrived.
    expect((await stream.next()).value?.rows).toHaveLength(10);
    const next = stream.next();
    dropped.abort();
    await expect(next).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.started[0]?.terminated).toBe(true);
    expect(answer.state.cancelled).toBe(true);
  });

  it('ends the worker when the rows are no longer wanted', async () => {
    start();
    const answer = arriving();
    fetchMock.mockResolvedValueOnce(answer.response);
    const stream = obpRowStream({ method: 'POST', path: '/search', listField: 'customers' });
    answer.send(`{"customers":[${rowsOf(0, 30)}`);
    expect((await stream.next()).value?.rows).toHaveLength(20);
    expect((await stream.next()).value?.rows).toHaveLength(10);
    await stream.return(undefined);
    expect(FakeWorker.started[0]?.terminated).toBe(true);
    expect(answer.state.cancelled).toBe(true);
  });

  it('reads the rows on this thread when the worker cannot start', async () => {
    start();
    FakeWorker.fails = true;
    fetchMock.mockResolvedValueOnce(backlogOf([`{"customers":[${rowsOf(0, 3)}`, `,${rowsOf(3, 100)}]}`]));
    const rows: unknown[] = [];
    for await (const batch of obpRowStream({ method: 'POST', path: '/search', listField: 'customers' })) rows.push(...batch.rows.map(parseRawRow));
    expect(rows).toEqual(JSON.parse(`[${rowsOf(0, 100)}]`));
    expect(FakeWorker.started[0]?.received).toEqual([]);
  });

  it('reports an answer cut off in the middle of a row as not JSON', async () => {
    start();
    fetchMock.mockResolvedValueOnce(backlogOf([`{"customers":[${rowsOf(0, 3)}`, ',{"customer_id":"c-3"']));
    const stream = obpRowStream({ method: 'POST', path: '/search', listField: 'customers' });
    await stream.next();
    await expect(stream.next()).rejects.toMatchObject({ code: 'SCHEMA', status: 201 });
    expect(FakeWorker.started[0]?.terminated).toBe(true);
  });

  const backlogOf = (pieces: string[]) =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const piece of pieces) controller.enqueue(encoder.encode(piece));
          controller.close();
        },
      }),
      { status: 201, headers: { 'Content-Type': 'application/json' } },
    );
});
