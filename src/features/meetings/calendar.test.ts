import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dayKey, firstDayOfWeek, parseDay, placeInLanes, startOfWeek, visibleHours, weekDays } from './calendar';

const originalZone = process.env.TZ;
beforeAll(() => {
  // A zone with daylight saving, so a week across the change is tested for real.
  process.env.TZ = 'Europe/London';
});
afterAll(() => {
  process.env.TZ = originalZone;
});

const at = (day: string, time: string) => new Date(`${day}T${time}:00`);
const item = (id: string, day: string, from: string, to: string) => ({ id, start: at(day, from), end: at(day, to) });

describe('days and weeks in the user’s time zone', () => {
  it('reads and writes local calendar days', () => {
    expect(dayKey(new Date(2026, 10, 23, 23, 59))).toBe('2026-11-23');
    expect(parseDay('2026-11-23')?.getDate()).toBe(23);
    expect(parseDay('2026-02-30')).toBeUndefined();
    expect(parseDay('23/11/2026')).toBeUndefined();
    expect(parseDay(null)).toBeUndefined();
  });

  it('starts the week on the locale’s first day', () => {
    const wednesday = parseDay('2026-11-25')!;
    expect(dayKey(startOfWeek(wednesday, 1))).toBe('2026-11-23');
    expect(dayKey(startOfWeek(wednesday, 7))).toBe('2026-11-22');
    const sunday = parseDay('2026-11-29')!;
    expect(dayKey(startOfWeek(sunday, 1))).toBe('2026-11-23');
    expect(dayKey(startOfWeek(sunday, 7))).toBe('2026-11-29');
  });

  it('knows Monday-first and Sunday-first locales, preferring the browser’s regional English', () => {
    expect(firstDayOfWeek('es')).toBe(1);
    expect(firstDayOfWeek('zh-CN')).toBe(1);
    expect(firstDayOfWeek('en', ['en-GB', 'en'])).toBe(1);
    expect(firstDayOfWeek('en', ['en-US'])).toBe(7);
    expect(firstDayOfWeek('en', ['es-ES'])).toBe(7);
  });

  it('gives seven distinct days across a daylight-saving change', () => {
    const days = weekDays(parseDay('2026-10-19')!).map(dayKey);
    expect(days).toEqual(['2026-10-19', '2026-10-20', '2026-10-21', '2026-10-22', '2026-10-23', '2026-10-24', '2026-10-25']);
    expect(dayKey(addDays(parseDay('2026-10-25')!, 1))).toBe('2026-10-26');
    expect(dayKey(addDays(parseDay('2026-03-29')!, -1))).toBe('2026-03-28');
  });
});

describe('placing a day’s meetings', () => {
  it('gives meetings that do not overlap the whole width', () => {
    const placed = placeInLanes([item('a', '2026-11-23', '09:00', '09:30'), item('b', '2026-11-23', '09:30', '10:00')]);
    expect(placed.map(({ item: { id }, lane, lanes }) => [id, lane, lanes])).toEqual([
      ['a', 0, 1],
      ['b', 0, 1],
    ]);
  });

  it('puts overlapping meetings side by side, and reuses a lane once it is free', () => {
    const placed = placeInLanes([
      item('a', '2026-11-23', '09:00', '10:00'),
      item('b', '2026-11-23', '09:15', '09:45'),
      item('c', '2026-11-23', '09:45', '10:30'),
      item('d', '2026-11-23', '11:00', '11:30'),
    ]);
    const byId = Object.fromEntries(placed.map((entry) => [entry.item.id, [entry.lane, entry.lanes]]));
    expect(byId).toEqual({ a: [0, 2], b: [1, 2], c: [1, 2], d: [0, 1] });
  });

  it('puts two meetings at the very same time beside each other', () => {
    const placed = placeInLanes([item('a', '2026-11-23', '09:00', '09:00'), item('b', '2026-11-23', '09:00', '09:00')]);
    expect(placed.map((entry) => entry.lane).sort()).toEqual([0, 1]);
  });

  it('shows at least office hours, stretched to early and late meetings', () => {
    expect(visibleHours([])).toEqual({ from: 8, to: 18 });
    expect(visibleHours([item('a', '2026-11-23', '07:30', '08:00'), item('b', '2026-11-23', '18:15', '19:10')])).toEqual({ from: 7, to: 20 });
    expect(visibleHours([{ id: 'late', start: at('2026-11-23', '23:30'), end: at('2026-11-24', '00:15') }])).toEqual({ from: 8, to: 24 });
  });
});
