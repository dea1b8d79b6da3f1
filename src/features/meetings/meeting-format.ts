import { useMemo } from 'react';
import { useI18n } from '@/i18n/i18n-context';

/** The user's time zone, as the browser knows it (IANA id, e.g. Europe/London). */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The zone's name in the user's language at a given moment ("Greenwich Mean Time", "British Summer Time"). */
export function timeZoneName(language: string, at: Date, style: 'long' | 'short' = 'long'): string {
  const part = new Intl.DateTimeFormat(language, { timeZoneName: style }).formatToParts(at).find((entry) => entry.type === 'timeZoneName');
  return part?.value ?? userTimeZone();
}

/** Dates and times in the user's language and time zone (Intl, no library). */
export function useMeetingFormats() {
  const { language } = useI18n();
  return useMemo(() => {
    const time = new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' });
    const hour = new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit' });
    const dayShort = new Intl.DateTimeFormat(language, { weekday: 'short', day: 'numeric', month: 'short' });
    const dayLong = new Intl.DateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short' });
    const range = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric' });
    return {
      time: (date: Date) => time.format(date),
      hour: (date: Date) => hour.format(date),
      timeRange: (start: Date, end: Date) => time.formatRange(start, end),
      dayShort: (date: Date) => dayShort.format(date),
      dayLong: (date: Date) => dayLong.format(date),
      dateTime: (date: Date) => dateTime.format(date),
      dayRange: (start: Date, end: Date) => range.formatRange(start, end),
    };
  }, [language]);
}
