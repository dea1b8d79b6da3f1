import { describe, expect, it } from 'vitest';
import { parseRawRow } from './json-list-rows';
import { rowsOf } from './json-list-rows-in-worker';
import { scanListRows, type ScanMessage } from './json-list-rows-scan';

/*
 * The row worker's logic, run as a plain module: what it posts for a body arriving in pieces.
 */

const encoder = new TextEncoder();

/** A body whose pieces are sent one by one, ending only when told; `cancelled` once the reader gives up on it. */
function arriving() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const state = { cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    start: (opened) => void (controller = opened),
    cancel: () => void (state.cancelled = true),
  });
  return {
    body,
    state,
    send: (piece: string | Uint8Array) => controller.enqueue(typeof piece === 'string' ? encoder.encode(piece) : piece),
    end: () => controller.close(),
  };
}

/** A body already complete, cut into pieces of `size` bytes (through strings, escapes and multi-byte characters). */
function cutInto(text: string, size: number): ReadableStream<Uint8Array> {
  const all = encoder.encode(text);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (let offset = 0; offset < all.length; offset += size) controller.enqueue(all.slice(offset, offset + size));
      controller.close();
    },
  });
}

/** Collects what the scan posts; `texts` are the rows of every `rows` message, decoded as the page decodes them. */
function collector() {
  const messages: ScanMessage[] = [];
  let posted: () => void = () => {};
  return {
    messages,
    post: (message: ScanMessage) => {
      messages.push(message);
      posted();
    },
    texts: () => messages.flatMap((message) => (message.type === 'rows' ? rowsOf(message.rows).map((row) => row.json) : [])),
    /** Resolves once `count` messages have been posted. */
    posted: (count: number) =>
      new Promise<void>((resolve) => {
        posted = () => {
          if (messages.length >= count) resolve();
        };
        posted();
      }),
  };
}

const row = (index: number) => JSON.stringify({ customer_id: `c-${index}`, legal_name: `Customer ${index}` });
const rowsFrom = (from: number, to: number) => Array.from({ length: to - from }, (_, offset) => row(from + offset));

const tricky = [
  { customer_id: 'a', legal_name: 'Brace } and [bracket] in "quotes" \\ backslash', nested: { list: [1, [2, { x: '}' }]] } },
  { customer_id: 'b', legal_name: '张伟 · Zoë Ñúñez 🏦', dob_of_dependants: [], email: null },
  { customer_id: 'c', legal_name: 'ends in a backslash \\', email: '\\"}]' },
  { customer_id: 'd', legal_name: '', customer_attributes: [{ name: 'tier', value: '[{' }] },
];

describe('the row worker: rows of a list posted while the answer arrives', () => {
  it('posts the first page as soon as its rows are in, before the answer has ended, then the rest of their piece', async () => {
    const answer = arriving();
    const seen = collector();
    const done = scanListRows(answer.body, 'customers', seen.post, { firstRows: 20 });
    answer.send(`{"customers":[${rowsFrom(0, 50).join(',')}`);
    await seen.posted(2);
    // The answer has not ended: one page, then what its piece held besides.
    expect(seen.messages.map((message) => message.type === 'rows' && [message.rows.ends.length, message.done])).toEqual([
      [20, false],
      [30, false],
    ]);
    answer.send(`,${rowsFrom(50, 60).join(',')}]}`);
    answer.end();
    await done;
    expect(seen.messages.at(-1)).toMatchObject({ type: 'rows', done: true });
    expect(seen.texts()).toEqual(rowsFrom(0, 60));
  });

  it('gathers later rows into a few messages, and the last says done', async () => {
    const seen = collector();
    const body = `{"customers":[${rowsFrom(0, 1000).join(',')}]}`;
    let clock = 0;
    await scanListRows(cutInto(body, 100), 'customers', seen.post, { batchIntervalMs: 250, maxBatchRows: 400, now: () => (clock += 1) });
    expect(seen.texts()).toEqual(rowsFrom(0, 1000));
    // A piece every 100 bytes: one message per piece would be hundreds. The page first, what its piece held, then a
    // message once 400 rows wait (400 and the few the last piece completed; the clock moves 1 ms a piece, never
    // reaching the interval).
    expect(seen.messages.length).toBeLessThanOrEqual(6);
    expect(seen.messages.every((message) => message.type === 'rows' && message.rows.ends.length <= 403)).toBe(true);
    expect(seen.messages.filter((message) => message.type === 'rows' && message.done)).toHaveLength(1);
  });

  it('splits rows exactly wherever the pieces are cut: strings holding ] and }, escaped quotes, multi-byte characters', async () => {
    const body = JSON.stringify({ note: 'a key-like "customers": [{"customer_id":"no"}] \\', customers: tricky, after: [{ customer_id: 'z' }] });
    const expected = tricky.map((customer) => JSON.stringify(customer));
    for (const size of [1, 2, 3, 5, 7, 64]) {
      const seen = collector();
      await scanListRows(cutInto(body, size), 'customers', seen.post, { firstRows: 2 });
      expect(seen.texts()).toEqual(expected);
    }
    // The emoji and the CJK characters cut between every one of their bytes.
    const emoji = encoder.encode(JSON.stringify({ customers: [tricky[1]] }));
    const cutAt = emoji.indexOf(0xf0);
    for (const at of [cutAt + 1, cutAt + 2, cutAt + 3]) {
      const answer = arriving();
      const seen = collector();
      const done = scanListRows(answer.body, 'customers', seen.post);
      answer.send(emoji.slice(0, at));
      answer.send(emoji.slice(at));
      answer.end();
      await done;
      expect(seen.texts().map((text) => JSON.parse(text) as unknown)).toEqual([tricky[1]]);
    }
  });

  it('passes a row that is not JSON along as its text (the page shows it as one unreadable row), and the rows after it', async () => {
    const seen = collector();
    await scanListRows(cutInto('{"customers":[{"customer_id":"u-1","legal_name": nope},{"customer_id":"b"}]}', 9), 'customers', seen.post);
    const rows = seen.messages.flatMap((message) => (message.type === 'rows' ? rowsOf(message.rows) : []));
    expect(rows.map((candidate) => candidate.json)).toEqual(['{"customer_id":"u-1","legal_name": nope}', '{"customer_id":"b"}']);
    expect(() => parseRawRow(rows[0]!)).toThrow(SyntaxError);
    expect(parseRawRow(rows[1]!)).toEqual({ customer_id: 'b' });
  });

  it('says the answer is not JSON when it ends in the middle of a value', async () => {
    const seen = collector();
    await scanListRows(cutInto('{"customers":[{"customer_id":"a"},{"customer_id":"b', 8), 'customers', seen.post);
    expect(seen.messages).toEqual([{ type: 'not-json' }]);
  });

  it('stops reading when told: the body is cancelled and nothing more is posted', async () => {
    const answer = arriving();
    const seen = collector();
    const stop = new AbortController();
    const done = scanListRows(answer.body, 'customers', seen.post, { firstRows: 2, signal: stop.signal });
    answer.send(`{"customers":[${rowsFrom(0, 2).join(',')}`);
    await seen.posted(1);
    stop.abort();
    await done;
    expect(answer.state.cancelled).toBe(true);
    expect(seen.messages).toHaveLength(1);
    expect(seen.texts()).toEqual(rowsFrom(0, 2));
  });

  it('takes over from the page: scans the pieces the page read, and posts none of the rows the page already has', async () => {
    const text = `{"customers":[${rowsFrom(0, 30).join(',')},${rowsFrom(30, 45).join(',')}]}`;
    const bytes = encoder.encode(text);
    const handedOver = bytes.indexOf(encoder.encode(row(30))[0]!, encoder.encode(`{"customers":[${rowsFrom(0, 30).join(',')}`).length);
    const answer = arriving();
    const seen = collector();
    const done = scanListRows(answer.body, 'customers', seen.post, { before: [bytes.slice(0, 100), bytes.slice(100, handedOver)], skipRows: 20 });
    answer.send(bytes.slice(handedOver));
    answer.end();
    await done;
    expect(seen.texts()).toEqual(rowsFrom(20, 45));
  });
});
