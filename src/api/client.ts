import type * as z from 'zod/mini';
import { obpErrorBody } from './schemas/common';
import { ObpError, isObpError, obpCodeOf } from './errors';
import { fetchWithEarlyResponses } from './early-responses';
import { JsonListRows, type RawRow } from './json-list-rows';
import { canReadRowsInWorker, rowsOf, startRowWorker, type RowWorker } from './json-list-rows-in-worker';
import { getToken } from './session-token';

/** Every call goes through `/obp/v5.1.0/` (OBP serves its older customer endpoints there too), except login. */
export const OBP_VERSION = 'v5.1.0';

export type ClientSettings = {
  baseUrl: string;
  consumerKey: string;
  /** Called when a call made with a token finds the session gone (401 or OBP-20003). */
  onUnauthenticated: () => void;
};

let settings: ClientSettings = { baseUrl: '', consumerKey: '', onUnauthenticated: () => {} };

export function configureClient(next: Partial<ClientSettings>): void {
  settings = { ...settings, ...next };
}

export function clientSettings(): Readonly<ClientSettings> {
  return settings;
}

/** Builds a path from a template, encoding every interpolated value as one path segment. */
export function path(strings: TemplateStringsArray, ...values: Array<string | number>): string {
  return strings.reduce(
    (built, part, index) => built + part + (index < values.length ? encodeURIComponent(String(values[index])) : ''),
    '',
  );
}

export type RequestOptions<Schema extends z.ZodMiniType> = {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path below the version prefix, e.g. `/banks/gh.29.uk/customers` (use `path\`…\`` to encode ids). */
  path: string;
  schema: Schema;
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  signal?: AbortSignal;
  /**
   * A POST that only reads (a search, a lookup by number): its answer must be read like a GET's. Every other POST, PUT
   * and DELETE is a write.
   */
  read?: true;
};

/** Options of a call that reads: a GET, or a POST marked `read`. */
export type ReadOptions<Schema extends z.ZodMiniType> = RequestOptions<Schema> & ({ method?: 'GET' } | { method: 'POST'; read: true });
/** Options of a call that writes. */
export type WriteOptions<Schema extends z.ZodMiniType> = RequestOptions<Schema> & { method: 'POST' | 'PUT' | 'DELETE'; read?: undefined };

export type ObpResponse<T> = { data: T; headers: Headers; status: number };

function urlOf(relativePath: string, query?: RequestOptions<z.ZodMiniType>['query']): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const queryString = search.toString();
  return `${settings.baseUrl}${relativePath}${queryString ? `?${queryString}` : ''}`;
}

async function errorFrom(response: Response): Promise<ObpError> {
  let message = `${response.status} ${response.statusText}`.trim();
  try {
    const parsed = obpErrorBody.safeParse(await response.json());
    if (parsed.success) message = parsed.data.message;
  } catch {
    // Not JSON: keep the status line.
  }
  return new ObpError(response.status, obpCodeOf(message) ?? 'HTTP', message);
}

/** Sends a request; a GET the start-up script already sent (`early-responses.ts`) takes that answer instead. */
export async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetchWithEarlyResponses(url, init);
  } catch (cause) {
    if (init.signal?.aborted) throw cause;
    throw new ObpError(0, 'NETWORK', cause instanceof Error ? cause.message : 'Network request failed');
  }
}

export async function parseBody<Schema extends z.ZodMiniType>(
  response: Response,
  schema: Schema,
  where: string,
): Promise<z.output<Schema>> {
  let json: unknown = undefined;
  const text = await response.text();
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      throw new ObpError(response.status, 'SCHEMA', `${where} answered with a body that is not JSON`);
    }
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new ObpError(response.status, 'SCHEMA', `${where} answered in an unexpected shape${at}: ${issue?.message ?? ''}`);
  }
  return parsed.data;
}

/**
 * Sends one call under `/obp/v5.1.0` with the DirectLogin token; a refusal becomes an ObpError (and a rejected token
 * ends the session). The answer's body is left to the caller: parsed whole, or read row by row as it arrives.
 */
async function sendObp(options: Omit<RequestOptions<z.ZodMiniType>, 'schema'>): Promise<{ response: Response; method: string }> {
  const token = getToken();
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token) headers.DirectLogin = `token=${token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const method = options.method ?? 'GET';
  const response = await send(urlOf(`/obp/${OBP_VERSION}${options.path}`, options.query), {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
  if (!response.ok) {
    const error = await errorFrom(response);
    if (token && error.isUnauthenticated) settings.onUnauthenticated();
    throw error;
  }
  return { response, method };
}

/** Calls OBP under `/obp/v5.1.0`, sends the DirectLogin token, parses the answer with `schema`, throws ObpError. */
export async function obpRequestWithHeaders<Schema extends z.ZodMiniType>(
  options: RequestOptions<Schema>,
): Promise<ObpResponse<z.output<Schema>>> {
  const { response, method } = await sendObp(options);
  const data = await parseBody(response, options.schema, `${method} ${options.path}`);
  return { data, headers: response.headers, status: response.status };
}

const isWrite = (options: RequestOptions<z.ZodMiniType>) => (options.method ?? 'GET') !== 'GET' && options.read !== true;

/**
 * Calls OBP and reads its answer with `schema`.
 *
 * A write whose 2xx answer cannot be read still happened: OBP stored it, and a retry would fail (a taken number, a
 * duplicate handle) or store it twice. So a write resolves `undefined` then — "saved, answer not readable" — and the
 * caller's invalidation re-reads the record from the server; a read still throws the SCHEMA error.
 */
export async function obpRequest<Schema extends z.ZodMiniType>(options: ReadOptions<Schema>): Promise<z.output<Schema>>;
export async function obpRequest<Schema extends z.ZodMiniType>(options: WriteOptions<Schema>): Promise<z.output<Schema> | undefined>;
export async function obpRequest<Schema extends z.ZodMiniType>(options: RequestOptions<Schema>): Promise<z.output<Schema> | undefined> {
  try {
    return (await obpRequestWithHeaders(options)).data;
  } catch (error) {
    if (isWrite(options) && isObpError(error) && error.code === 'SCHEMA' && error.status >= 200 && error.status < 300) return undefined;
    throw error;
  }
}

export type RowStreamOptions = Omit<RequestOptions<z.ZodMiniType>, 'schema'> & {
  /** The list's field in the answer's object: `customers` for `{"customers": [...]}`. */
  listField: string;
};

/**
 * A batch of a list's rows as they arrived, each as its JSON text (`parseRawRow` reads it); `done` on the last batch,
 * once the whole answer has been read.
 */
export type RowBatch = { rows: RawRow[]; done: boolean };

/** After the first two batches, a batch at most this often: a 20,000-row answer re-renders its screen a few times a second. */
const ROW_BATCH_INTERVAL_MS = 250;
/**
 * Rows in the first batch: a page of the search at its default size. They are handed out as soon as they are parsed,
 * without parsing the rest of the piece they came in (a piece can hold hundreds of rows).
 */
const FIRST_BATCH_ROWS = 20;
/** The longest the reading runs before the browser gets a turn (to draw, to answer input). */
const WORK_SLICE_MS = 25;
/** The longest the reading waits for the frame that paints the first rows (a hidden tab draws no frames). */
const FIRST_PAINT_WAIT_MS = 1000;

/** Lets the browser draw and handle input before the work goes on: the rest runs in a later task. */
function nextMessageTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * After the timers already set: TanStack Query tells the screen of new data in a `setTimeout(…, 0)` set while the
 * batch was taken, so reading on after a later timer lets the screen render the batch first.
 */
const afterPendingTimers = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * After the next frame has been drawn: a task queued from an animation frame callback runs once that frame's style,
 * layout and paint are done. A hidden tab draws no frames, so there (or if no frame comes in time) a timer ends the
 * wait.
 */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    let waiting = true;
    const done = () => {
      if (!waiting) return;
      waiting = false;
      clearTimeout(timer);
      void nextMessageTask().then(resolve);
    };
    const timer = setTimeout(done, FIRST_PAINT_WAIT_MS);
    const drawing = typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && document.visibilityState !== 'hidden';
    if (drawing) requestAnimationFrame(done);
    else done();
  });
}

/**
 * Calls OBP like `obpRequest` and hands out the rows of the answer's list while the answer is still arriving, each row
 * as its JSON text (the caller parses and reads the rows it shows): see `JsonListRows`. For answers of any size (OBP's
 * unpaged phone search: 20,000 rows, 13 MiB).
 *
 * - The request, its token and its refusals stay on this thread, and so does the first batch: the first rows of the
 *   answer's first pieces (at most a page of the search, FIRST_BATCH_ROWS), scanned here at once — no wait for a worker
 *   to start, no message between threads before the first rows are on screen. The reading then waits until the screen
 *   has rendered them and the browser has painted that frame.
 * - The rest is scanned in a worker (`json-list-rows.worker.ts`, started once the first rows are painted): it gets the
 *   pieces already read, then each piece as it arrives (moved, not copied), and posts the rows in batches as UTF-8
 *   (`json-list-rows-scan`). This thread only passes bytes along, and decodes and parses no row until a page shows it.
 * - Where there are no workers (jsdom), or the worker does not start, the rest is read here (`rowsOnThisThread`).
 */
export async function* obpRowStream(options: RowStreamOptions): AsyncGenerator<RowBatch> {
  let worker: RowWorker | undefined;
  try {
    const { response, method } = await sendObp(options);
    const notJson = () => new ObpError(response.status, 'SCHEMA', `${method} ${options.path} answered with a body that is not JSON`);
    const reader = response.body?.getReader();
    const rows = new JsonListRows(options.listField);
    const scan = (read: () => RawRow[]) => {
      try {
        return read();
      } catch {
        void reader?.cancel();
        throw notJson();
      }
    };
    // The first rows, read here: the pieces up to the first that completes a row, scanned no further than a page.
    const pieces: Uint8Array[] = [];
    let first: RawRow[] = [];
    while (first.length === 0) {
      const chunk = reader ? await reader.read() : { done: true as const, value: undefined };
      if (chunk.done) {
        yield { rows: scan(() => rows.end()), done: true };
        return;
      }
      pieces.push(chunk.value);
      first = scan(() => rows.write(chunk.value, FIRST_BATCH_ROWS));
    }
    yield { rows: first, done: false };
    // The screen renders the first rows and the browser paints them before the reading goes on.
    await afterPendingTimers();
    await afterNextPaint();
    // Started only now: its thread, its script's download and compilation would compete with the first rows.
    worker = canReadRowsInWorker() ? startRowWorker(options.signal) : undefined;
    if (worker && reader && (await worker.ready)) {
      worker.read(reader, { listField: options.listField, before: pieces, skipRows: first.length });
      yield* rowsFromWorker(worker, notJson);
    } else {
      yield* rowsOnThisThread(reader, rows, scan);
    }
  } finally {
    worker?.end();
  }
}

/** The rows after the first batch, as the worker posts them (a few batches a second). */
async function* rowsFromWorker(worker: RowWorker, notJson: () => ObpError): AsyncGenerator<RowBatch> {
  for (;;) {
    const rows: RawRow[] = [];
    let done = false;
    for (const message of await worker.next()) {
      if (message.type === 'not-json') throw notJson();
      if (message.type === 'failed') throw new ObpError(0, 'NETWORK', message.message);
      for (const row of rowsOf(message.rows)) rows.push(row);
      done = message.done;
    }
    yield { rows, done };
    if (done) return;
  }
}

/**
 * The rows after the first batch, read on this thread where no worker can read them. The second batch (the rest of
 * the first batch's piece) goes out at once, so a larger page fills up; later ones at most every
 * ROW_BATCH_INTERVAL_MS, so that 20,000 rows re-render the screen a few times a second, not once per piece.
 *
 * What arrived while the page was busy waits in the body's queue, and each read of it resolves at once, in the same
 * task: left alone, the loop would read that whole backlog (megabytes) in one task. So after each batch, and after
 * every WORK_SLICE_MS of reading, the loop gives the browser a turn: it draws what it has, and stays responsive.
 */
async function* rowsOnThisThread(
  reader: ReadableStreamDefaultReader<Uint8Array> | undefined,
  rows: JsonListRows,
  scan: (read: () => RawRow[]) => RawRow[],
): AsyncGenerator<RowBatch> {
  // The rest of the first batch's piece, left by its limit.
  let pending = scan(() => rows.more());
  let secondOut = false;
  let lastYield = Number.NEGATIVE_INFINITY;
  let sliceStart = performance.now();
  for (;;) {
    if (pending.length > 0 && (!secondOut || performance.now() - lastYield >= ROW_BATCH_INTERVAL_MS)) {
      secondOut = true;
      yield { rows: pending, done: false };
      lastYield = performance.now();
      // A turn for the browser (a message task: a timer would be throttled in a hidden tab, and slow the whole
      // download there).
      await nextMessageTask();
      sliceStart = performance.now();
      pending = [];
      continue;
    }
    if (performance.now() - sliceStart >= WORK_SLICE_MS) {
      // A message task, not a timer: no 4 ms clamp on timers nested this deep.
      await nextMessageTask();
      sliceStart = performance.now();
    }
    const chunk = reader ? await reader.read() : { done: true as const, value: undefined };
    if (chunk.done) break;
    const batch = scan(() => rows.write(chunk.value));
    pending = pending.length > 0 ? pending.concat(batch) : batch;
  }
  yield { rows: pending.concat(scan(() => rows.end())), done: true };
}

/** The `DirectLogin` header value for a login; OBP strips surrounding quotes and splits on commas. */
export function directLoginCredentials(username: string, password: string, consumerKey: string): string {
  return `username="${username}", password="${password}", consumer_key="${consumerKey}"`;
}

/** `POST /my/logins/direct` (at the server root, not under /obp/vX). */
export async function directLogin<Schema extends z.ZodMiniType>(
  username: string,
  password: string,
  schema: Schema,
): Promise<z.output<Schema>> {
  const response = await send(urlOf('/my/logins/direct'), {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      DirectLogin: directLoginCredentials(username, password, settings.consumerKey),
    },
  });
  if (!response.ok) throw await errorFrom(response);
  return parseBody(response, schema, 'POST /my/logins/direct');
}

/**
 * Sign-out on the server: the sandbox's `DELETE /my/logins/direct` revokes the token. OBP has no such endpoint (it
 * answers 404 OBP-10404) and the token then simply expires: any failure is ignored, signing out never waits on it.
 */
export async function revokeDirectLoginToken(token: string): Promise<void> {
  try {
    await fetch(urlOf('/my/logins/direct'), { method: 'DELETE', headers: { Accept: 'application/json', DirectLogin: `token=${token}` } });
  } catch {
    // Offline or refused: the token expires on its own.
  }
}
