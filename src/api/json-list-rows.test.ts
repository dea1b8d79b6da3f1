import { describe, expect, it } from 'vitest';
import { JsonListRows, parseRawRow, type RawRow } from './json-list-rows';

const bytes = (text: string) => new TextEncoder().encode(text);
const parsed = (rows: RawRow[]) => rows.map(parseRawRow);

/** Feeds `body` cut into pieces of `size` bytes (cutting through strings, escapes and multi-byte characters). */
function rowsOf(body: string, size: number, field = 'customers'): { rows: unknown[]; batches: number } {
  const reader = new JsonListRows(field);
  const all = bytes(body);
  const rows: unknown[] = [];
  let batches = 0;
  for (let offset = 0; offset < all.length; offset += size) {
    const batch = parsed(reader.write(all.slice(offset, offset + size)));
    if (batch.length > 0) batches += 1;
    rows.push(...batch);
  }
  rows.push(...parsed(reader.end()));
  return { rows, batches };
}

const tricky = [
  { customer_id: 'a', legal_name: 'Brace } and [bracket] in "quotes" \\ backslash', nested: { list: [1, [2, { x: '}' }]] } },
  { customer_id: 'b', legal_name: '张伟 · Zoë Ñúñez', dob_of_dependants: [], email: null },
  { customer_id: 'c', legal_name: '', customer_attributes: [{ name: 'tier', value: '[{' }] },
];

describe('rows of a list read while the answer arrives', () => {
  it('finds every row of the named list, whatever the pieces, and parses it as JSON.parse would', () => {
    const body = JSON.stringify({ before: { customers: ['not this one'] }, customers: tricky, after: [{ customer_id: 'z' }] });
    for (const size of [1, 2, 3, 7, 64, body.length]) expect(rowsOf(body, size).rows).toEqual(tricky);
  });

  it('tells an escaped quote from a closing one wherever the pieces are cut, inside rows and around the list', () => {
    const body = JSON.stringify({
      note: 'a key-like "customers": [{"customer_id":"no"}] \\',
      customers: [{ customer_id: 'q', legal_name: 'ends in a backslash \\', email: '\\"}' }, ...tricky],
      after: 'x\\"] }',
    });
    const expected = [{ customer_id: 'q', legal_name: 'ends in a backslash \\', email: '\\"}' }, ...tricky];
    for (const size of [1, 2, 3, 5, 11]) expect(rowsOf(body, size).rows).toEqual(expected);
  });

  it('hands out rows before the answer is complete', () => {
    const body = JSON.stringify({ customers: tricky });
    const reader = new JsonListRows('customers');
    const firstRowEnd = body.indexOf('},{"customer_id":"b"') + 1;
    expect(parsed(reader.write(bytes(body.slice(0, firstRowEnd + 3))))).toEqual([tricky[0]]);
  });

  it('parses at most the rows asked for, and the rest of the piece when asked for more', () => {
    const body = JSON.stringify({ customers: tricky });
    const reader = new JsonListRows('customers');
    expect(parsed(reader.write(bytes(body.slice(0, -5)), 1))).toEqual([tricky[0]]);
    expect(parsed(reader.more(1))).toEqual([tricky[1]]);
    expect(reader.more()).toEqual([]);
    expect(parsed(reader.write(bytes(body.slice(-5))))).toEqual([tricky[2]]);
    expect(reader.end()).toEqual([]);
  });

  it('answers no rows when the list is empty, null or absent', () => {
    expect(rowsOf('{"customers":[]}', 4).rows).toEqual([]);
    expect(rowsOf('{"customers":null}', 4).rows).toEqual([]);
    expect(rowsOf('{"other":[{"customer_id":"x"}]}', 4).rows).toEqual([]);
  });

  it('refuses an answer cut short', () => {
    const reader = new JsonListRows('customers');
    reader.write(bytes('{"customers":[{"customer_id":"a"},{"customer_id":'));
    expect(() => reader.end()).toThrow(SyntaxError);
  });

  it('hands out each row as its text, parsed only when asked: a row that is not JSON fails alone', () => {
    const reader = new JsonListRows('customers');
    const rows = [...reader.write(bytes('{"customers":[{"customer_id": nope},{"customer_id":"b"}]}')), ...reader.end()];
    expect(rows.map((row) => row.json)).toEqual(['{"customer_id": nope}', '{"customer_id":"b"}']);
    expect(() => parseRawRow(rows[0]!)).toThrow(SyntaxError);
    expect(parseRawRow(rows[1]!)).toEqual({ customer_id: 'b' });
  });
});
