import { describe, expect, it } from 'vitest';
import { matchesLikePattern, parseLikePattern, toGlobPattern, trigramsOf } from './like-pattern';

describe('parseLikePattern', () => {
  it('splits literal runs and wildcards, merging consecutive %', () => {
    const pattern = parseLikePattern('+44%%07_72%');
    expect(pattern.tokens).toEqual([
      { kind: 'literal', text: '+44' },
      { kind: 'any-run' },
      { kind: 'literal', text: '07' },
      { kind: 'one-character' },
      { kind: 'literal', text: '72' },
      { kind: 'any-run' },
    ]);
    expect(pattern.literalPrefix).toBe('+44');
    expect(pattern.literalRuns).toEqual(['+44', '07', '72']);
    expect(pattern.hasWildcards).toBe(true);
  });

  it('has no prefix when the pattern starts with a wildcard, and no wildcard when there is none', () => {
    expect(parseLikePattern('%444').literalPrefix).toBe('');
    expect(parseLikePattern('_44').literalPrefix).toBe('');
    expect(parseLikePattern('+44 07972 444 876').hasWildcards).toBe(false);
  });
});

describe('toGlobPattern', () => {
  it('maps % and _ and escapes GLOB metacharacters as one-character classes', () => {
    expect(toGlobPattern(parseLikePattern('%4_4%'))).toBe('*4?4*');
    expect(toGlobPattern(parseLikePattern('a*b?c[d]e'))).toBe('a[*]b[?]c[[]d]e');
    expect(toGlobPattern(parseLikePattern('\\%'))).toBe('\\*');
  });
});

describe('matchesLikePattern (the reference matcher)', () => {
  it.each([
    ['%', '', true],
    ['%', '+44 07972 444 876', true],
    ['%444%', '+44 07972 444 876', true],
    ['%444', '+44 07972 444 876', false],
    ['+44%876', '+44 07972 444 876', true],
    ['+44 07972 444 876', '+44 07972 444 876', true],
    ['07972', '+44 07972 444 876', false],
    ['___', 'abc', true],
    ['___', 'ab', false],
    ['___', 'abcd', false],
    ['_', '王', true],
    ['_', '😀', true],
    ['__', '😀', false],
    ['%ABC%', 'xabcx', false],
    ['%abc%', 'xabcx', true],
    ['%é%', 'José', true],
    ['%e%', 'José', false],
    ["%'%", "O'Brien", true],
    ['%"%', 'say "hi"', true],
    ['%\\%', 'back\\', true],
    ['\\%', 'x', false],
    ['[0-9]%', '5', false],
    ['[0-9]%', '[0-9]', true],
    ['%;%', 'a;b', true],
    ['%--%', '1--2', true],
    ["' OR 1=1 --", "x' OR 1=1 --", false],
    ["%' OR 1=1 --", "x' OR 1=1 --", true],
    ['%_%', '\n', true],
  ])('%j matches %j: %s', (pattern, value, expected) => {
    expect(matchesLikePattern(pattern, value)).toBe(expected);
  });
});

describe('trigramsOf', () => {
  it('takes every three consecutive code points', () => {
    expect(trigramsOf('12345')).toEqual(['123', '234', '345']);
    expect(trigramsOf('12')).toEqual([]);
    expect(trigramsOf('王小明😀')).toEqual(['王小明', '小明😀']);
  });
});
