import { describe, expect, it } from 'vitest';
import { dayToObpDate, instantToObpDate, localDateTimeToObpDate, obpDateToDay, obpDateToLocalDateTime } from './obp-dates';
import { OBP_DATE_PATTERN } from '@/api/schemas/common';

describe('OBP dates', () => {
  it('turns a calendar day into midnight UTC and back', () => {
    expect(dayToObpDate('1990-02-28')).toBe('1990-02-28T00:00:00Z');
    expect(obpDateToDay('1990-02-28T00:00:00Z')).toBe('1990-02-28');
    expect(obpDateToDay(null)).toBe('');
    expect(() => dayToObpDate('28/02/1990')).toThrow();
  });

  it('drops milliseconds, which OBP rejects', () => {
    const value = instantToObpDate(new Date(Date.UTC(2026, 10, 23, 9, 5, 7, 123)));
    expect(value).toBe('2026-11-23T09:05:07Z');
    expect(OBP_DATE_PATTERN.test(value)).toBe(true);
  });

  it('round-trips a local date and time through UTC', () => {
    const local = '2026-11-23T14:30';
    expect(obpDateToLocalDateTime(localDateTimeToObpDate(local))).toBe(local);
  });
});
