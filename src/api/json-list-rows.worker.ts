import { scanListRows, transferOf, type PageMessage, type ScanMessage } from './json-list-rows-scan';

/**
 * The row worker: reads the rows of a list out of an answer's body, off the page's thread (see `json-list-rows-scan`).
 * The page keeps the request (its token, its refusals) and reads the body, and hands each piece over as it arrives;
 * one answer per worker, and the page ends the worker when it no longer wants the rows.
 */
const post = (message: ScanMessage) => self.postMessage(message, { transfer: transferOf(message) });

let body!: ReadableStreamDefaultController<Uint8Array>;
const pieces = new ReadableStream<Uint8Array>({ start: (controller) => void (body = controller) });

self.addEventListener('message', ({ data }: MessageEvent<PageMessage>) => {
  if (data.type === 'start') void scanListRows(pieces, data.listField, post, { before: data.before, skipRows: data.skipRows });
  else if (data.type === 'piece') body.enqueue(data.bytes);
  else body.close();
});
// Loaded and listening: the page may hand the body over (until then it reads the body itself).
self.postMessage({ type: 'ready' });
