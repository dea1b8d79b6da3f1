import { useMemo } from 'react';
import { useFormat } from '@/lib/format';

/** The user's time zone, as the browser knows it (IANA id, e.g. Europe/London). */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The zone's name in the user's language at a given moment ("Greenwich Mean Time", "British Summer Time"). */
export function timeZoneName(language: string, at: Date, style: 'long' | 'short' = 'long'): string {
  const part = new Intl.DateTimeFormat(language, { timeZoneName: style }).formatToParts(at).find((entry) => entry.type === 'timeZoneName');
  return part?.value ?? userTimeZone();
}

/** Dates and times of meetings: the console's one formatting module, in the UI language and the user's region. */
export function useMeetingFormats() {
  const format = useFormat();
  return useMemo(
    () => ({
      time: (date: Date) => format.time(date),
      hour: (date: Date) => format.time(date),
      timeRange: (start: Date, end: Date) => format.timeRange(start, end),
      dayShort: (date: Date) => format.weekdayShort(date),
      dayLong: (date: Date) => format.weekdayLong(date),
      dateTime: (date: Date) => format.fullDateTime(date),
      dayRange: (start: Date, end: Date) => format.dayRange(start, end),
    }),
    [format],
  );
}
