import { TRIGRAM_LENGTH, codePointLength, parseLikePattern, toGlobPattern, trigramsOf, type LikePattern } from './like-pattern';

/**
 * What a phone search can use, derived from the pattern alone. The repository picks among these (one of them needs a
 * look at the data: how many numbers share the literal prefix).
 *
 * - `exactValue`: no wildcard, so the pattern matches only the identical string — the (bank, mobile) index.
 * - `prefixGlob`: the pattern starts with literal text; SQLite turns `GLOB 'prefix*'` into a range of that index.
 * - `trigramQuery`: an FTS5 query over the trigram index that every match satisfies (a superset of the matches).
 * - `glob`: the exact test every candidate passes through; the same semantics as OBP's LIKE.
 */
export type PhoneSearchPlan = {
  pattern: LikePattern;
  /** Nothing can match: the pattern contains NUL, which no stored value may contain. */
  matchesNothing: boolean;
  /** Only `%`: every customer of the bank matches, and no value needs testing. */
  matchesEverything: boolean;
  exactValue: string | undefined;
  prefixGlob: string | undefined;
  trigramQuery: string | undefined;
  /** Whether a 3-character literal run other than the prefix exists (else the prefix range is at least as selective). */
  hasRunsBeyondPrefix: boolean;
  glob: string;
};

/** How many trigrams go into the index query: enough to be selective, few enough to stay cheap. */
const MAXIMUM_QUERY_TRIGRAMS = 4;

const digitCount = (text: string) => {
  let count = 0;
  for (const character of text) if (character >= '0' && character <= '9') count += 1;
  return count;
};

/**
 * Picks the trigrams to look up: non-overlapping ones along each literal run (plus its last), those with most digits
 * first — in phone numbers the digits discriminate, while `+44`, ` 07` or `-` recur in hundreds of thousands of rows.
 * Any subset is correct, since every candidate is verified.
 */
export function chooseQueryTrigrams(literalRuns: readonly string[]): string[] {
  const candidates: string[] = [];
  for (const run of literalRuns) {
    const trigrams = trigramsOf(run);
    if (trigrams.length === 0) continue;
    for (let index = 0; index < trigrams.length; index += TRIGRAM_LENGTH) candidates.push(trigrams[index]!);
    candidates.push(trigrams[trigrams.length - 1]!);
  }
  const distinct = [...new Set(candidates)];
  // Array.prototype.sort is stable: equal digit counts keep their order in the pattern.
  return distinct.sort((left, right) => digitCount(right) - digitCount(left)).slice(0, MAXIMUM_QUERY_TRIGRAMS);
}

/** FTS5 string literal: inside double quotes everything is literal except `"`, written twice. */
const ftsString = (text: string) => `"${text.replaceAll('"', '""')}"`;

export function planPhoneSearch(source: string): PhoneSearchPlan {
  const pattern = parseLikePattern(source);
  const indexableRuns = pattern.literalRuns.filter((run) => codePointLength(run) >= TRIGRAM_LENGTH);
  const trigrams = chooseQueryTrigrams(indexableRuns);
  return {
    pattern,
    matchesNothing: source.includes('\u0000'),
    matchesEverything: pattern.tokens.length > 0 && pattern.tokens.every((token) => token.kind === 'any-run'),
    exactValue: pattern.hasWildcards ? undefined : source,
    prefixGlob: pattern.hasWildcards && pattern.literalPrefix ? `${toGlobPattern(parseLikePattern(pattern.literalPrefix))}*` : undefined,
    trigramQuery: trigrams.length > 0 ? trigrams.map(ftsString).join(' AND ') : undefined,
    hasRunsBeyondPrefix: indexableRuns.length > (pattern.literalPrefix && codePointLength(pattern.literalPrefix) >= TRIGRAM_LENGTH ? 1 : 0),
    glob: toGlobPattern(pattern),
  };
}
