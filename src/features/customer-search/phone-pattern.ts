/**
 * OBP's phone search uses the value verbatim as a SQL LIKE pattern: `%` any run of characters (even none), `_`
 * exactly one, everything else literal. These helpers explain a pattern before it is sent.
 */
export type PatternPart = { kind: 'text'; text: string } | { kind: 'any' } | { kind: 'one'; count: number };

export function parsePattern(pattern: string): PatternPart[] {
  const parts: PatternPart[] = [];
  for (const character of pattern) {
    const last = parts.at(-1);
    if (character === '%') {
      if (last?.kind !== 'any') parts.push({ kind: 'any' });
    } else if (character === '_') {
      if (last?.kind === 'one') last.count += 1;
      else parts.push({ kind: 'one', count: 1 });
    } else if (last?.kind === 'text') {
      last.text += character;
    } else {
      parts.push({ kind: 'text', text: character });
    }
  }
  return parts;
}

export const hasWildcard = (pattern: string): boolean => /[%_]/.test(pattern);

/** The sandbox (and any trigram index) can serve a pattern quickly when it has 3 literal characters in a row. */
export function longestLiteralRun(pattern: string): number {
  return Math.max(0, ...parsePattern(pattern).map((part) => (part.kind === 'text' ? [...part.text].length : 0)));
}

/** A picture of what matches: `%` as "…", `_` as "•". */
export function patternPicture(pattern: string): string {
  return parsePattern(pattern)
    .map((part) => (part.kind === 'text' ? part.text : part.kind === 'any' ? '…' : '•'.repeat(part.count)))
    .join('');
}
