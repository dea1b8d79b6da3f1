import { JsonListRows, type RawRow } from './json-list-rows';

/**
 * Reading the rows of a list out of an answer's body as it arrives, away from the page: the logic of the row worker
 * (`json-list-rows.worker.ts`), a plain module so that it can be tested without a worker. It reads the body with a
 * streaming decoder (`JsonListRows`: a row split across pieces, even inside a multi-byte character, is joined) and
 * posts each row's JSON text — never parsed here: the page parses only the rows it shows. A message holds its rows as
 * UTF-8 bytes (`EncodedRows`), transferred, not copied: the page receives a batch of thousands of rows without
 * deserialising a string each, and decodes a row only when it shows it.
 *
 * - The first message goes as soon as `firstRows` rows are complete, before the rest of their piece is scanned.
 * - What that piece held besides follows at once (a larger page fills up), then a message at most every
 *   `batchIntervalMs`, or sooner once `maxBatchRows` rows wait (no message, and no task of the page receiving it,
 *   grows with the whole answer).
 * - The last message says `done`.
 *
 * The page may have read the body's first pieces itself (its first page, without waiting for the worker to start): it
 * hands them over with the rest of the body (`before`) and says how many rows it has already shown (`skipRows`).
 */

/** What the scan tells the page. */
export type ScanMessage =
  /** Rows completed since the last message, as their JSON texts; `done` on the last one. */
  | { type: 'rows'; rows: EncodedRows; done: boolean }
  /** The body is not a JSON object holding the list (cut off in the middle of a value). */
  | { type: 'not-json' }
  /** The body could not be read (the connection failed). */
  | { type: 'failed'; message: string };

/** What the worker tells the page: `ready` once it runs (its script loaded), then what the scan tells. */
export type WorkerMessage = ScanMessage | { type: 'ready' };

/**
 * What the page tells the worker: `start` (the list's field, the pieces the page read itself and the rows it already
 * has), then each `piece` of the body as it arrives (its buffer transferred, not copied), then `end`.
 */
export type PageMessage =
  | { type: 'start'; listField: string; before: Uint8Array[]; skipRows: number }
  | { type: 'piece'; bytes: Uint8Array }
  | { type: 'end' };

/** Rows as UTF-8: row `i` is `bytes[ends[i - 1] ?? 0 … ends[i]]`. */
export type EncodedRows = { bytes: Uint8Array; ends: Uint32Array };

const encoder = new TextEncoder();

/** The rows' texts as UTF-8, one buffer for them all. */
export function encodeRows(rows: readonly string[]): EncodedRows {
  let capacity = 0;
  for (const row of rows) capacity += row.length * 3;
  const buffer = new Uint8Array(capacity);
  const ends = new Uint32Array(rows.length);
  let end = 0;
  rows.forEach((row, index) => {
    end += encoder.encodeInto(row, buffer.subarray(end)).written;
    ends[index] = end;
  });
  return { bytes: buffer.slice(0, end), ends };
}

/** What a message's transfer list holds: its buffers (moved to the page, not copied). */
export const transferOf = (message: ScanMessage): ArrayBuffer[] =>
  message.type === 'rows' ? [message.rows.bytes.buffer as ArrayBuffer, message.rows.ends.buffer as ArrayBuffer] : [];

export type ScanOptions = {
  /** Pieces of the body already read from the stream (by the page), scanned first. */
  before?: readonly Uint8Array[];
  /** Rows the page already has: the first `skipRows` rows are not posted. */
  skipRows?: number;
  /** Rows in the first message: a page of the search at its default size. */
  firstRows?: number;
  /** After the first two messages, one at most this often (the page renders the count for each). */
  batchIntervalMs?: number;
  /** A message goes as soon as this many rows wait, whatever the interval. */
  maxBatchRows?: number;
  /** Stops the reading: the body is cancelled and nothing more is posted. */
  signal?: AbortSignal;
  now?: () => number;
};

export const FIRST_ROWS = 20;
export const BATCH_INTERVAL_MS = 250;
export const MAX_BATCH_ROWS = 2000;

export async function scanListRows(
  body: ReadableStream<Uint8Array>,
  listField: string,
  post: (message: ScanMessage) => void,
  {
    before = [],
    skipRows = 0,
    firstRows = FIRST_ROWS,
    batchIntervalMs = BATCH_INTERVAL_MS,
    maxBatchRows = MAX_BATCH_ROWS,
    signal,
    now = () => performance.now(),
  }: ScanOptions = {},
): Promise<void> {
  const scanner = new JsonListRows(listField);
  const reader = body.getReader();
  const stop = () => void reader.cancel().catch(() => {});
  if (signal?.aborted) return stop();
  signal?.addEventListener('abort', stop, { once: true });
  let pending: string[] = [];
  let skip = skipRows;
  // The page has its first rows already: the first message goes as soon as there are rows (a larger page fills up).
  let posted = skipRows > 0 ? 1 : 0;
  let lastPost = Number.NEGATIVE_INFINITY;
  const add = (rows: RawRow[]) => {
    for (const row of rows) {
      if (skip > 0) skip -= 1;
      else pending.push(row.json);
    }
  };
  const flush = (done: boolean) => {
    post({ type: 'rows', rows: encodeRows(pending), done });
    pending = [];
    posted += 1;
    lastPost = now();
  };
  /** Scans one piece; posts what is due. */
  const take = (piece: Uint8Array) => {
    if (posted === 0) {
      // Only as far as the first message's last row: the rest of the piece waits until those rows are on their way.
      add(scanner.write(piece, firstRows - pending.length + skip));
      if (pending.length < firstRows) return;
      flush(false);
      add(scanner.more());
      if (pending.length > 0) flush(false);
      return;
    }
    add(scanner.write(piece));
    if (pending.length > 0 && (posted < 2 || pending.length >= maxBatchRows || now() - lastPost >= batchIntervalMs)) flush(false);
  };
  try {
    for (const piece of before) take(piece);
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (cause) {
        if (!signal?.aborted) post({ type: 'failed', message: cause instanceof Error ? cause.message : String(cause) });
        return;
      }
      if (signal?.aborted) return;
      if (chunk.done) break;
      take(chunk.value);
    }
    add(scanner.end());
    flush(true);
  } catch {
    // The body ended in the middle of a value.
    if (!signal?.aborted) post({ type: 'not-json' });
    stop();
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}
