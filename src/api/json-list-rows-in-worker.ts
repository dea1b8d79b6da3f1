import type { RawRow } from './json-list-rows';
import type { EncodedRows, PageMessage, ScanMessage, WorkerMessage } from './json-list-rows-scan';

/**
 * The page's side of the row worker (`json-list-rows.worker.ts`): starts it, hands it the pieces of an answer's body as
 * they arrive and takes the rows it posts. Used by `obpRowStream` wherever workers exist (not in jsdom or Node, where
 * the rows are read on the page's thread).
 *
 * The page reads the body and posts each piece (its buffer transferred, not copied) rather than transferring the
 * body's `ReadableStream`: that works where streams are not transferable (Safari). A transferred stream is pumped
 * through the page's thread all the same, somewhat more cheaply in Chromium (see README, Benchmarks, sixth round).
 */

/** Whether rows can be read in a worker here. */
export const canReadRowsInWorker = (): boolean => typeof Worker === 'function';

export type RowWorker = {
  /**
   * Resolves true once the worker runs and can take a body, false if it could not start (its script failed to load):
   * the caller then reads the body itself.
   */
  ready: Promise<boolean>;
  /**
   * Hands the body over: the pieces already read from it and the rows already handed out, then the rest of it, each
   * piece as it arrives.
   */
  read: (reader: ReadableStreamDefaultReader<Uint8Array>, start: Omit<Extract<PageMessage, { type: 'start' }>, 'type'>) => void;
  /** Every message received since the last call, waiting for one if there is none; rejects once the signal aborts. */
  next: () => Promise<ScanMessage[]>;
  /** Ends the worker and the reading of the body. */
  end: () => void;
};

/** Starts a row worker (once the first rows of an answer are on screen: nothing competes with them). */
export function startRowWorker(signal?: AbortSignal): RowWorker {
  const worker = new Worker(new URL('./json-list-rows.worker.ts', import.meta.url), { type: 'module', name: 'json-list-rows' });
  let received: ScanMessage[] = [];
  let waiting: { resolve: (messages: ScanMessage[]) => void; reject: (reason: unknown) => void } | undefined;
  let failure: unknown;
  let body: ReadableStreamDefaultReader<Uint8Array> | undefined;
  let markReady!: (ready: boolean) => void;
  const ready = new Promise<boolean>((resolve) => (markReady = resolve));

  const settle = () => {
    if (!waiting) return;
    if (failure !== undefined) waiting.reject(failure);
    else if (received.length > 0) {
      waiting.resolve(received);
      received = [];
    } else return;
    waiting = undefined;
  };
  const send = (message: PageMessage, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
  const end = () => {
    worker.terminate();
    void body?.cancel().catch(() => {});
    signal?.removeEventListener('abort', abort);
  };
  const fail = (reason: unknown) => {
    failure ??= reason;
    markReady(false);
    end();
    settle();
  };
  const abort = () => fail(signal?.reason ?? new DOMException('The reading was stopped.', 'AbortError'));

  worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
    if (event.data.type === 'ready') return markReady(true);
    received.push(event.data);
    settle();
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    fail(new Error(`The row reader failed: ${event.message || 'its script did not load'}`));
  });
  if (signal?.aborted) abort();
  else signal?.addEventListener('abort', abort, { once: true });

  return {
    ready,
    read: (reader, start) => {
      body = reader;
      send({ type: 'start', ...start });
      void (async () => {
        try {
          for (;;) {
            const piece = await reader.read();
            if (failure !== undefined) return;
            if (piece.done) return send({ type: 'end' });
            // A piece owns its buffer (a fetch body's pieces do): moved to the worker; a view into a larger one is copied.
            const bytes = piece.value.byteOffset === 0 && piece.value.byteLength === piece.value.buffer.byteLength ? piece.value : piece.value.slice();
            send({ type: 'piece', bytes }, [bytes.buffer]);
          }
        } catch (cause) {
          // The connection failed (or the reading was stopped).
          fail(cause);
        }
      })();
    },
    next: () =>
      new Promise<ScanMessage[]>((resolve, reject) => {
        waiting = { resolve, reject };
        settle();
      }),
    end,
  };
}

const decoder = new TextDecoder();

/** A row the worker posted: its text decoded from the batch's bytes when first asked for (when a page shows it). */
class EncodedRow implements RawRow {
  private text: string | undefined;
  constructor(
    private readonly batch: EncodedRows,
    private readonly index: number,
  ) {}

  get json(): string {
    this.text ??= decoder.decode(this.batch.bytes.subarray(this.batch.ends[this.index - 1] ?? 0, this.batch.ends[this.index]));
    return this.text;
  }
}

/** The rows of one message of the worker, each decoded when read. */
export function rowsOf(batch: EncodedRows): RawRow[] {
  const rows: RawRow[] = new Array<RawRow>(batch.ends.length);
  for (let index = 0; index < batch.ends.length; index += 1) rows[index] = new EncodedRow(batch, index);
  return rows;
}
