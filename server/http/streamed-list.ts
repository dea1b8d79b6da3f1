import { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { FastifyReply } from 'fastify';

/** Rows fetched and serialised per chunk: other requests run between chunks. */
export const STREAM_CHUNK_ROWS = 50;

/**
 * Sends `{"<field>": [ … ]}`, beyond one chunk as a stream: the items are read from the database and serialised a chunk at a time, the
 * event loop serving other requests between chunks, instead of one synchronous build of the whole answer.
 */
export function sendStreamedList<Row>(
  reply: FastifyReply,
  status: number,
  field: string,
  ids: readonly number[],
  read: (ids: readonly number[]) => readonly Row[],
  toJson: (row: Row) => unknown,
): FastifyReply {
  reply.code(status).type('application/json; charset=utf-8');
  // One chunk's worth (a console page is 20 rows) goes out as one string: a stream would only add its own cost (an
  // async generator, a Readable, chunked transfer encoding) to an answer built in one go anyway.
  if (ids.length <= STREAM_CHUNK_ROWS) return reply.send(listBody(field, read(ids), toJson));
  async function* chunks() {
    for (let start = 0; start < ids.length; start += STREAM_CHUNK_ROWS) {
      if (start > 0) await nextTurn();
      const rows = read(ids.slice(start, start + STREAM_CHUNK_ROWS)).map((row) => JSON.stringify(toJson(row)));
      // The opening goes out with the first rows: each chunk is flushed to the client on its own (see
      // COMPRESSION_OPTIONS), and the headers with it, so the answer starts with rows the console can show.
      yield (start > 0 ? ',' : `{${JSON.stringify(field)}:[`) + rows.join(',');
    }
    yield ']}';
  }
  return reply.send(Readable.from(chunks()));
}

/** `{"<field>": [ … ]}` built in one go: the body of a list of at most {@link STREAM_CHUNK_ROWS} rows. */
export function listBody<Row>(field: string, rows: readonly Row[], toJson: (row: Row) => unknown): string {
  return `{${JSON.stringify(field)}:[${rows.map((row) => JSON.stringify(toJson(row))).join(',')}]}`;
}
