import { describe, expect, it } from 'vitest';
import { hasWildcard, longestLiteralRun, parsePattern, patternPicture } from './phone-pattern';

describe('phone patterns', () => {
  it('splits literal runs, any-runs and single characters', () => {
    expect(parsePattern('+44%87_')).toEqual([
      { kind: 'text', text: '+44' },
      { kind: 'any' },
      { kind: 'text', text: '87' },
      { kind: 'one', count: 1 },
    ]);
  });

  it('folds repeated wildcards the way LIKE reads them', () => {
    expect(parsePattern('%%__')).toEqual([{ kind: 'any' }, { kind: 'one', count: 2 }]);
  });

  it('keeps every other character literal', () => {
    expect(parsePattern(`'"\\[;--`)).toEqual([{ kind: 'text', text: `'"\\[;--` }]);
  });

  it('measures the longest literal run in characters, not bytes', () => {
    expect(longestLiteralRun('%12%3456%')).toBe(4);
    expect(longestLiteralRun('%_%')).toBe(0);
    expect(longestLiteralRun('电话号')).toBe(3);
  });

  it('draws a picture of the pattern', () => {
    expect(patternPicture('+44%8_6')).toBe('+44…8•6');
    expect(hasWildcard('+44 07972 444 876')).toBe(false);
    expect(hasWildcard('%876')).toBe(true);
  });
});
