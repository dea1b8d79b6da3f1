/**
 * Finds the rows of one list in a JSON answer that arrives in pieces — `{"customers": [row, row, …]}` — and hands out
 * each row as soon as its last byte is in, as its JSON text (`RawRow`), parsed only when it is shown (`parseRawRow`).
 * For answers of any size (OBP's unpaged phone search: 13 MiB for 20,000 customers): the first rows can be shown
 * before the rest has arrived, no task ever parses the whole body at once, and the rows nobody looks at are never
 * built as objects — 20,000 texts are 20,000 strings for the garbage collector, 20,000 parsed customers half a million
 * objects (a 250 ms collection at the end of the answer) and half a second of `JSON.parse` while the answer streams.
 *
 * Hand-written rather than a streaming JSON library: this only tracks where each row ends (nesting depth, and whether
 * the scan is inside a string), and leaves the parsing to the native `JSON.parse`. A maintained streaming parser
 * (@streamparser/json, which builds every value in JavaScript) was measured on this 13 MiB answer at about ten times
 * the work, in multi-second tasks that froze the page.
 */

/** One row of the list as it came: its JSON text (balanced, but not yet known to be valid JSON). */
export type RawRow = { readonly json: string };

/** The row's value; throws a SyntaxError when its text is not JSON. */
export const parseRawRow = (row: RawRow): unknown => JSON.parse(row.json);

export class JsonListRows {
  private readonly decoder = new TextDecoder();
  private text = '';
  /** Where the scan stopped in `text`. */
  private position = 0;
  private depth = 0;
  private inString = false;
  private stringStart = -1;
  private lastTopLevelString = '';
  /** Depth inside the list, once found (its rows open at `listDepth + 1`); 0 before, -1 after it. */
  private listDepth = 0;
  private rowStart = -1;

  constructor(private readonly listField: string) {}

  /**
   * Feeds the next bytes; returns the rows completed by them, at most `limit`: the rest stay for `more` (a screen's
   * first rows need not wait for the whole piece to be scanned).
   */
  write(bytes: Uint8Array, limit = Number.POSITIVE_INFINITY): RawRow[] {
    this.text += this.decoder.decode(bytes, { stream: true });
    return this.scan(limit);
  }

  /** The rows already fed that a `limit` left unread, at most `limit` of them. */
  more(limit = Number.POSITIVE_INFINITY): RawRow[] {
    return this.scan(limit);
  }

  /** After the last bytes: the rows they completed; throws when the answer stopped in the middle of something. */
  end(): RawRow[] {
    this.text += this.decoder.decode();
    const rows = this.scan(Number.POSITIVE_INFINITY);
    if (this.depth !== 0 || this.inString || this.rowStart >= 0) throw new SyntaxError('The answer ended in the middle of a JSON value.');
    return rows;
  }

  private scan(limit: number): RawRow[] {
    const rows: RawRow[] = [];
    const { text } = this;
    let index = this.position;
    while (index < text.length) {
      if (this.inString) {
        // The closing quote: the next one not escaped by an odd run of backslashes before it.
        let quote = text.indexOf('"', index);
        while (quote >= 0 && backslashesBefore(text, quote) % 2 === 1) quote = text.indexOf('"', quote + 1);
        if (quote < 0) {
          // The string goes on in a later piece; a run of backslashes at the end may escape its first character.
          index = text.length - backslashesBefore(text, text.length);
          break;
        }
        this.inString = false;
        // A string directly inside the root object: a key (or a value); the list is the array after its key.
        if (this.depth === 1 && this.listDepth === 0) this.lastTopLevelString = text.slice(this.stringStart + 1, quote);
        index = quote + 1;
        continue;
      }
      // Everything between structural characters (numbers, literals, commas, colons, white space) is skipped by the
      // native regular expression engine, not looked at in JavaScript character by character.
      STRUCTURAL.lastIndex = index;
      const found = STRUCTURAL.exec(text);
      if (!found) {
        index = text.length;
        break;
      }
      index = found.index;
      const code = text.charCodeAt(index);
      if (code === 0x22 /* " */) {
        this.inString = true;
        this.stringStart = index;
      } else if (code === 0x7b /* { */ || code === 0x5b /* [ */) {
        this.depth += 1;
        if (this.listDepth === 0 && code === 0x5b && this.depth === 2 && this.lastTopLevelString === this.listField) this.listDepth = 2;
        else if (this.listDepth > 0 && this.depth === this.listDepth + 1 && this.rowStart < 0) this.rowStart = index;
      } else {
        // } or ]
        if (this.listDepth > 0 && this.depth === this.listDepth && code === 0x5d) this.listDepth = -1;
        this.depth -= 1;
        if (this.listDepth > 0 && this.depth === this.listDepth && this.rowStart >= 0) {
          rows.push({ json: text.slice(this.rowStart, index + 1) });
          this.rowStart = -1;
          if (rows.length >= limit) {
            index += 1;
            break;
          }
        }
      }
      index += 1;
    }
    // Keep only what a later piece may still need: the row being read (nothing else is needed once inside the list).
    if (this.listDepth !== 0) {
      const keepFrom = this.rowStart >= 0 ? this.rowStart : index;
      this.text = text.slice(keepFrom);
      if (this.rowStart >= 0) this.rowStart = 0;
      this.position = index - keepFrom;
    } else {
      this.position = index;
    }
    return rows;
  }
}

/** The characters that change the nesting or start a string (`lastIndex` set before each search). */
const STRUCTURAL = /[{}[\]"]/g;

/** How many backslashes come right before `index`. */
function backslashesBefore(text: string, index: number): number {
  let count = 0;
  while (index - count - 1 >= 0 && text.charCodeAt(index - count - 1) === 0x5c /* \ */) count += 1;
  return count;
}
