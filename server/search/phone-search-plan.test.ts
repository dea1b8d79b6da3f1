import { describe, expect, it } from 'vitest';
import { chooseQueryTrigrams, chooseRarestTrigrams, planPhoneSearch } from './phone-search-plan';

describe('planPhoneSearch', () => {
  it('plans an exact lookup for a pattern without wildcards', () => {
    const plan = planPhoneSearch('+44 07972 444 876');
    expect(plan.exactValue).toBe('+44 07972 444 876');
    expect(plan.prefixGlob).toBeUndefined();
  });

  it('offers the literal prefix as an index range and the literal runs as trigrams', () => {
    const plan = planPhoneSearch('+44%444%');
    expect(plan.exactValue).toBeUndefined();
    expect(plan.prefixGlob).toBe('+44*');
    expect(plan.trigramQuery).toBe('"444" AND "+44"');
    expect(plan.glob).toBe('+44*444*');
  });

  it('has no trigram query when no literal run has three characters', () => {
    expect(planPhoneSearch('%44%').trigramQuery).toBeUndefined();
    expect(planPhoneSearch('%4_4%').trigramQuery).toBeUndefined();
    expect(planPhoneSearch('%').prefixGlob).toBeUndefined();
  });

  it('quotes trigrams for FTS5, doubling double quotes', () => {
    expect(planPhoneSearch('%a"b%').trigramQuery).toBe('"a""b"');
  });

  it('knows a pattern with NUL cannot match', () => {
    expect(planPhoneSearch('%\u0000%').matchesNothing).toBe(true);
  });
});

describe('chooseQueryTrigrams', () => {
  it('prefers trigrams with digits and takes at most four', () => {
    expect(chooseQueryTrigrams(['+44 07972'])).toEqual(['972', '+44', ' 07']);
    expect(chooseQueryTrigrams(['1234567890123'])).toHaveLength(4);
  });
});

describe('chooseRarestTrigrams', () => {
  it('looks up the rarest trigrams and leaves out one far more common than the rarest', () => {
    // Counts of numbers holding each trigram of `%34 56 78` at 1,000,000 customers.
    const counts = [['34 ', 70_273], ['4 5', 11_920], [' 56', 15_590], ['56 ', 20_761], ['6 7', 17_784], [' 78', 21_471]] as const;
    expect(chooseRarestTrigrams(counts)).toEqual(['4 5', ' 56', '6 7']);
    expect(chooseRarestTrigrams([['444', 3_767], ['+44', 228_602]])).toEqual(['444']);
    expect(chooseRarestTrigrams([['999', 0], ['+44', 228_602], ['9 1', 5]])).toEqual(['999', '9 1']);
  });

  it('lists every trigram of the literal runs in the plan', () => {
    expect(planPhoneSearch('%34 56%').trigrams).toEqual(['34 ', '4 5', ' 56']);
    expect(planPhoneSearch('%44%').trigrams).toEqual([]);
  });
});
