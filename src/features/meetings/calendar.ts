/**
 * Calendar arithmetic in the user's own time zone (the browser's): days are local calendar days, written
 * `yyyy-MM-dd` in the URL, and weeks start on the locale's first day (Monday for en-GB, es and zh-CN).
 * Adding days goes through the Date constructor, so a daylight-saving change never skips or repeats a day.
 */

export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const MINUTE = 60_000;

const pad = (number: number) => String(number).padStart(2, '0');

/** The local calendar day of an instant, `yyyy-MM-dd`. */
export function dayKey(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Local midnight of a `yyyy-MM-dd` day, or undefined when it is not a real day. */
export function parseDay(day: string | null | undefined): Date | undefined {
  if (!day || !DAY_PATTERN.test(day)) return undefined;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const parsed = new Date(year, month - 1, date);
  return dayKey(parsed) === day ? parsed : undefined;
}

export function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

export const addMinutes = (date: Date, minutes: number): Date => new Date(date.getTime() + minutes * MINUTE);

/** Minutes since local midnight (23:30 → 1410). */
export const minutesIntoDay = (date: Date): number => date.getHours() * 60 + date.getMinutes();

type WeekInfo = { firstDay?: number };
type LocaleWithWeekInfo = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

/**
 * The first day of the week for a locale, 1 = Monday … 7 = Sunday (CLDR, as `Intl.Locale#getWeekInfo`). The
 * browser's own locale is preferred when it is a regional form of the chosen language (en-GB for English), because
 * "en" alone means the United States to CLDR. Monday (ISO 8601) when the browser cannot say.
 */
export function firstDayOfWeek(language: string, browserLocales: readonly string[] = []): number {
  const primary = language.split('-')[0]!.toLowerCase();
  const regional = browserLocales.find((locale) => locale.toLowerCase().split('-')[0] === primary && locale.includes('-'));
  try {
    const locale = new Intl.Locale(regional ?? language) as LocaleWithWeekInfo;
    const info = typeof locale.getWeekInfo === 'function' ? locale.getWeekInfo() : locale.weekInfo;
    const firstDay = info?.firstDay;
    return typeof firstDay === 'number' && firstDay >= 1 && firstDay <= 7 ? firstDay : 1;
  } catch {
    return 1;
  }
}

/** Local midnight of the first day of the week that contains `date`. */
export function startOfWeek(date: Date, firstDay: number): Date {
  const isoWeekday = date.getDay() === 0 ? 7 : date.getDay();
  const back = (isoWeekday - firstDay + 7) % 7;
  return addDays(startOfDay(date), -back);
}

export function weekDays(start: Date): Date[] {
  return Array.from({ length: 7 }, (_, index) => addDays(start, index));
}

export type TimedItem = { id: string; start: Date; end: Date };
export type PlacedItem<T extends TimedItem> = { item: T; lane: number; lanes: number };

/**
 * Side-by-side placement of one day's meetings: meetings that overlap share the width of the column (each gets a
 * lane), and a group of overlapping meetings takes as many lanes as it needs at its busiest.
 */
export function placeInLanes<T extends TimedItem>(items: readonly T[]): PlacedItem<T>[] {
  const sorted = [...items].sort((a, b) => a.start.getTime() - b.start.getTime() || b.end.getTime() - a.end.getTime());
  const placed: PlacedItem<T>[] = [];
  let group: PlacedItem<T>[] = [];
  let laneEnds: number[] = [];
  let groupEnd = -Infinity;
  const closeGroup = () => {
    for (const entry of group) entry.lanes = laneEnds.length;
    group = [];
    laneEnds = [];
  };
  for (const item of sorted) {
    if (item.start.getTime() >= groupEnd) closeGroup();
    let lane = laneEnds.findIndex((end) => end <= item.start.getTime());
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(0);
    }
    // A zero-length meeting still takes its lane for a moment, so a second one at the same time goes beside it.
    laneEnds[lane] = Math.max(item.end.getTime(), item.start.getTime() + 1);
    groupEnd = Math.max(groupEnd, laneEnds[lane]!);
    const entry = { item, lane, lanes: 1 };
    group.push(entry);
    placed.push(entry);
  }
  closeGroup();
  return placed;
}

/** The hours the week's grid shows: at least 08:00–18:00, stretched to whatever the meetings need. */
export function visibleHours(items: readonly TimedItem[], defaults = { from: 8, to: 18 }): { from: number; to: number } {
  let from = defaults.from;
  let to = defaults.to;
  for (const item of items) {
    from = Math.min(from, item.start.getHours());
    const endsOnNextDay = dayKey(item.end) !== dayKey(item.start);
    to = Math.max(to, endsOnNextDay ? 24 : Math.ceil(minutesIntoDay(item.end) / 60));
  }
  return { from, to: Math.max(to, from + 1) };
}
