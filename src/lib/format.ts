import { useMemo } from 'react';
import { useI18n } from '@/i18n/i18n-context';

/**
 * One place for how dates, times, numbers, amounts and relative times read: `Intl` in the UI language and the user's
 * region (see `formattingLocale`). Screens take these from `useFormat()` rather than building their own formatters,
 * so a meeting and a KYC check on one screen never read in two styles.
 */

/**
 * The locale formats follow: the UI language, with the region the browser names for it (en-GB, en-US, es-MX…).
 * Bare "en" would force US dates on everyone; English without a region reads as en-GB.
 */
export function formattingLocale(language: string, preferred: readonly string[] = browserLanguages()): string {
  const base = language.split('-')[0]!.toLowerCase();
  const regional = preferred.find((tag) => tag.toLowerCase().startsWith(`${base}-`));
  if (language.includes('-')) return language;
  if (regional) return regional;
  return base === 'en' ? 'en-GB' : language;
}

function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : (navigator.languages ?? []);
}

/** How many digits follow the decimal separator for an ISO 4217 currency (JPY 0, GBP 2, BHD 3); 2 when unknown. */
export function minorUnits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency: currency.toUpperCase() }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

const SPACES = /[\s\u00a0\u202f'’]/g;

/**
 * A decimal as the user typed it in their language ("2.500,50" in Spanish, "2,500.50" in English, "2500,5") → OBP's
 * form, a plain string with a point ("2500.50"). Undefined when it is not a number. When only one kind of separator is
 * used, it is grouping only where it groups digits in threes and the locale groups with it; otherwise it is the
 * decimal separator, so "2500.50" is accepted in Spanish too.
 */
export function parseDecimal(text: string, locale: string): string | undefined {
  const compact = text.trim().replace(SPACES, '');
  if (compact === '') return undefined;
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const group = parts.find((part) => part.type === 'group')?.value.replace(SPACES, '') ?? '';
  let integer = compact;
  let fraction = '';
  const last = Math.max(compact.lastIndexOf('.'), compact.lastIndexOf(','));
  if (last >= 0) {
    const separator = compact[last]!;
    const other = separator === '.' ? ',' : '.';
    const mixed = compact.includes(other);
    const groupsInThrees = new RegExp(`^\\d{1,3}(\\${separator}\\d{3})+$`).test(compact);
    if (!mixed && groupsInThrees && separator === group) {
      integer = compact.split(separator).join('');
    } else {
      integer = compact.slice(0, last);
      fraction = compact.slice(last + 1);
      if (mixed) {
        if (!new RegExp(`^\\d{1,3}(\\${other}\\d{3})*$`).test(integer)) return undefined;
        integer = integer.split(other).join('');
      }
    }
  }
  if (!/^\d+$/.test(integer) || !/^\d*$/.test(fraction)) return undefined;
  return fraction ? `${integer}.${fraction}` : integer;
}

/** Fraction digits of a decimal in OBP's form ("12.345" → 3). */
export const fractionDigits = (decimal: string) => (decimal.includes('.') ? decimal.length - decimal.indexOf('.') - 1 : 0);

export type Formats = ReturnType<typeof createFormats>;

const RELATIVE_UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

function toDate(value: Date | string | number): Date | undefined {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The formatters of one locale (cached per set of options). */
export function createFormats(locale: string) {
  const cache = new Map<string, Intl.DateTimeFormat>();
  const dateFormat = (options: Intl.DateTimeFormatOptions) => {
    const key = JSON.stringify(options);
    let format = cache.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(locale, options);
      cache.set(key, format);
    }
    return format;
  };
  const withDate = (options: Intl.DateTimeFormatOptions) => (value: Date | string | number) => {
    const date = toDate(value);
    return date ? dateFormat(options).format(date) : String(value);
  };
  const numberFormat = new Intl.NumberFormat(locale);
  const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  return {
    locale,
    /** Any Intl date options, for the rare screen that needs its own. */
    date: (value: Date | string | number, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }) => withDate(options)(value),
    /** A calendar day OBP keeps as midnight UTC (birth dates, expiry dates): the same day in every time zone. */
    day: withDate({ dateStyle: 'medium', timeZone: 'UTC' }),
    longDay: withDate({ dateStyle: 'long', timeZone: 'UTC' }),
    dateTime: withDate({ dateStyle: 'medium', timeStyle: 'short' }),
    fullDateTime: withDate({ dateStyle: 'full', timeStyle: 'short' }),
    time: withDate({ timeStyle: 'short' }),
    weekdayShort: withDate({ weekday: 'short', day: 'numeric', month: 'short' }),
    weekdayLong: withDate({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
    timeRange: (start: Date, end: Date) => dateFormat({ timeStyle: 'short' }).formatRange(start, end),
    dayRange: (start: Date, end: Date) => dateFormat({ day: 'numeric', month: 'long', year: 'numeric' }).formatRange(start, end),
    number: (value: number) => numberFormat.format(value),
    /**
     * An amount in OBP's form ("3000.00") in a currency, with the currency's minor units ("£3,000.00", "3000,00 €",
     * "¥3,000"). A string that is not a number, or an unknown currency, is shown as given beside its code.
     */
    money: (amount: string, currency: string) => {
      const value = Number(amount);
      if (amount.trim() === '' || !Number.isFinite(value)) return `${amount} ${currency}`.trim();
      const code = currency.trim().toUpperCase();
      try {
        if (!/^[A-Z]{3}$/.test(code)) throw new RangeError(code);
        const digits = Math.max(minorUnits(code), fractionDigits(amount.trim()));
        return new Intl.NumberFormat(locale, { style: 'currency', currency: code, minimumFractionDigits: minorUnits(code), maximumFractionDigits: digits }).format(value);
      } catch {
        return `${numberFormat.format(value)} ${currency}`.trim();
      }
    },
    /** "in 3 days", "yesterday", "5 minutes ago", relative to `now`. */
    relative: (value: Date | string | number, now: Date = new Date()) => {
      const date = toDate(value);
      if (!date) return String(value);
      const difference = date.getTime() - now.getTime();
      const [unit, size] = RELATIVE_UNITS.find(([, length]) => Math.abs(difference) >= length) ?? RELATIVE_UNITS[RELATIVE_UNITS.length - 1]!;
      return relativeFormat.format(Math.round(difference / size), unit);
    },
    /** A typed decimal in this locale → OBP's form; see `parseDecimal`. */
    parseDecimal: (text: string) => parseDecimal(text, locale),
  };
}

/** The formatters of the UI language and the user's region. */
export function useFormat(): Formats {
  const { language } = useI18n();
  return useMemo(() => createFormats(formattingLocale(language)), [language]);
}
