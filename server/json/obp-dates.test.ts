import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../seed/seeded-random';
import { dayOf, formatObpDate, isValidObpDate } from './obp-dates';

describe('formatObpDate', () => {
  it('formats like toISOString without milliseconds, for any instant', () => {
    const random = new SeededRandom(7);
    const instants = [0, -1, Date.UTC(2000, 1, 29, 23, 59, 59, 999), Date.UTC(1900, 0, 1), Date.UTC(2100, 11, 31, 12)];
    for (let index = 0; index < 2000; index += 1) instants.push(Math.floor((random.next() - 0.3) * 8e12));
    for (const instant of instants) {
      const expected = new Date(Math.floor(instant / 1000) * 1000).toISOString().replace('.000Z', 'Z');
      expect(formatObpDate(instant)).toBe(expected);
    }
  });
});

describe('isValidObpDate', () => {
  it('accepts OBP dates that exist and nothing else', () => {
    expect(isValidObpDate('2017-09-19T00:00:00Z')).toBe(true);
    expect(isValidObpDate('2024-02-29T23:59:59Z')).toBe(true);
    expect(isValidObpDate('2023-02-29T00:00:00Z')).toBe(false);
    expect(isValidObpDate('2017-09-19T00:00:00.000Z')).toBe(false);
    expect(isValidObpDate('2017-09-19')).toBe(false);
  });
});

describe('dayOf', () => {
  it('keeps the day of a date, "" for none', () => {
    expect(dayOf('1985-03-14T00:00:00Z')).toBe('1985-03-14');
    expect(dayOf(null)).toBe('');
  });
});
