import * as z from 'zod/mini';

/*
 * The checks every form shares (they were copied into each feature before): calendar days, web addresses, currency
 * codes, trimmed text within a column limit, and turning a schema message into words. A length limit travels in a
 * schema message as `key:limit`, which `fieldMessage` turns into the translated text with `{max}`.
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Lenient on purpose: OBP stores any string; this only catches what is plainly not an address. */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A real calendar day (`yyyy-MM-dd`, as a date input gives it): 2026-02-30 is not one. */
export function isRealDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Today as the user's own calendar shows it (a date input's value), so "today" is never taken for the future. */
export function today(now = new Date()): string {
  const pad = (number: number) => String(number).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Only http(s) addresses are accepted or become links: a stored `javascript:` URL must never be clickable. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** ISO 4217: three capital letters, and a currency the browser knows when it can tell. */
export function isCurrencyCode(value: string): boolean {
  if (!/^[A-Z]{3}$/.test(value)) return false;
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : undefined;
  return !known || known.includes(value);
}

/** The same check, for what a user typed in any case. */
export const isKnownCurrency = (code: string): boolean => isCurrencyCode(code.toUpperCase());

/** Trimmed text of at most `limit` characters; the message is `tooLong:limit`. */
export const limitedText = (limit: number, tooLong: string) => z.string().check(z.trim(), z.maxLength(limit, `${tooLong}:${limit}`));

/** Trimmed, non-empty text of at most `limit` characters. */
export const requiredText = (limit: number, required: string, tooLong: string) =>
  z.string().check(z.trim(), z.minLength(1, required), z.maxLength(limit, `${tooLong}:${limit}`));

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Turns a schema message (`key` or `key:limit`) into text. */
export function fieldMessage(t: Translate, message: string | undefined): string | undefined {
  if (!message) return undefined;
  const [key, limit] = message.split(':');
  return limit === undefined ? t(key!) : t(key!, { max: Number(limit) });
}
