import { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { FastifyReply } from 'fastify';

/** Rows fetched and serialised per chunk: other requests run between chunks. */
export const STREAM_CHUNK_ROWS = 50;

/**
 * Sends `{"<field>": [ … ]}` as a stream: the items are read from the database and serialised a chunk at a time, the
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
  async function* chunks() {
    yield `{${JSON.stringify(field)}:[`;
    for (let start = 0; start < ids.length; start += STREAM_CHUNK_ROWS) {
      if (start > 0) await nextTurn();
      const rows = read(ids.slice(start, start + STREAM_CHUNK_ROWS)).map((row) => JSON.stringify(toJson(row)));
      yield (start > 0 ? ',' : '') + rows.join(',');
    }
    yield ']}';
  }
  return reply.code(status).type('application/json; charset=utf-8').send(Readable.from(chunks()));
}
