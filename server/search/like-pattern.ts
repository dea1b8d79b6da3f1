/**
 * OBP's phone search passes the posted string verbatim as a SQL `LIKE` pattern (contract §B): `%` is any run of
 * characters (also none), `_` exactly one character, everything else literal — no escape character, no implicit `%`,
 * case-sensitive. "Character" here is a Unicode code point.
 *
 * This module parses such a pattern once and derives what the search needs: an equivalent SQLite `GLOB` pattern
 * (native, case-sensitive, `?` is one UTF-8 character), the literal runs that a trigram index can look up, and a
 * reference matcher (a compiled RegExp) used by the tests.
 */
export type LikeToken = { kind: 'literal'; text: string } | { kind: 'any-run' } | { kind: 'one-character' };

export type LikePattern = {
  source: string;
  tokens: LikeToken[];
  hasWildcards: boolean;
  /** The literal characters before the first wildcard ("" when the pattern starts with one). */
  literalPrefix: string;
  /** Maximal runs of literal characters, in order. */
  literalRuns: string[];
};

/** The trigram tokenizer indexes sequences of three code points. */
export const TRIGRAM_LENGTH = 3;

export const codePointLength = (text: string): number => {
  let length = 0;
  for (const _ of text) length += 1;
  return length;
};

export function parseLikePattern(source: string): LikePattern {
  const tokens: LikeToken[] = [];
  let literal = '';
  const flushLiteral = () => {
    if (literal) tokens.push({ kind: 'literal', text: literal });
    literal = '';
  };
  for (const character of source) {
    if (character === '%') {
      flushLiteral();
      // Consecutive `%` mean the same as one.
      if (tokens[tokens.length - 1]?.kind !== 'any-run') tokens.push({ kind: 'any-run' });
    } else if (character === '_') {
      flushLiteral();
      tokens.push({ kind: 'one-character' });
    } else {
      literal += character;
    }
  }
  flushLiteral();
  const literalRuns = tokens.flatMap((token) => (token.kind === 'literal' ? [token.text] : []));
  const first = tokens[0];
  return {
    source,
    tokens,
    hasWildcards: tokens.some((token) => token.kind !== 'literal'),
    literalPrefix: first?.kind === 'literal' ? first.text : '',
    literalRuns,
  };
}

/** GLOB has no escape character; its metacharacters `*`, `?` and `[` become one-character classes. */
const escapeGlobLiteral = (text: string) => text.replace(/[*?[]/g, (character) => `[${character}]`);

export function toGlobPattern(pattern: LikePattern): string {
  return pattern.tokens
    .map((token) => (token.kind === 'literal' ? escapeGlobLiteral(token.text) : token.kind === 'any-run' ? '*' : '?'))
    .join('');
}

// With the `u` flag only syntax characters may be escaped (`\-` is an error there).
const escapeRegExpLiteral = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The reference matcher: whole-string, code-point-wise (`u`), `.` also matching line breaks (`s`). */
export function toRegExp(pattern: LikePattern): RegExp {
  const body = pattern.tokens
    .map((token) => (token.kind === 'literal' ? escapeRegExpLiteral(token.text) : token.kind === 'any-run' ? '.*' : '.'))
    .join('');
  return new RegExp(`^${body}$`, 'su');
}

export function matchesLikePattern(source: string, value: string): boolean {
  return toRegExp(parseLikePattern(source)).test(value);
}

/** All trigrams of `text` (code points), in order, duplicates included. */
export function trigramsOf(text: string): string[] {
  const characters = [...text];
  const trigrams: string[] = [];
  for (let start = 0; start + TRIGRAM_LENGTH <= characters.length; start += 1) {
    trigrams.push(characters.slice(start, start + TRIGRAM_LENGTH).join(''));
  }
  return trigrams;
}
