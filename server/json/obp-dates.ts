import { OBP_DATE_PATTERN } from '@/api/schemas/common';

const DAY = 86_400_000;
const pad2 = (value: number) => (value < 10 ? `0${value}` : String(value));

/** Year, month (1-12) and day of a day number since 1970-01-01 (Howard Hinnant's civil_from_days). */
function civilFromDays(days: number): [number, number, number] {
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/**
 * OBP renders dates as `yyyy-MM-ddTHH:mm:ssZ` (UTC, no milliseconds); contract §0.2. Formatted arithmetically: the
 * seed formats millions of dates, and `toISOString` plus a regex was a quarter of its time.
 */
export function formatObpDate(epochMilliseconds: number): string {
  const whole = Math.floor(epochMilliseconds / 1000) * 1000;
  const days = Math.floor(whole / DAY);
  const [year, month, day] = civilFromDays(days);
  if (year < 0 || year > 9999) return new Date(whole).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const seconds = (whole - days * DAY) / 1000;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}T${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor((seconds % 3600) / 60))}:${pad2(seconds % 60)}Z`;
}

/** A date in OBP's format that is also a real calendar date (lift-json's lenient parser would roll 2017-02-30 over). */
export function isValidObpDate(text: string): boolean {
  if (!OBP_DATE_PATTERN.test(text)) return false;
  const parsed = Date.parse(text);
  return !Number.isNaN(parsed) && formatObpDate(parsed) === text;
}

/** The v3.0.0 customer JSON renders dates of birth as `yyyy-MM-dd`, "" when unset. */
export const dayOf = (obpDate: string | null): string => (obpDate ? obpDate.slice(0, 10) : '');
