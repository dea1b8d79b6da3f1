import { describe, expect, it } from 'vitest';
import { documentExpiry, EXPIRY_WARNING_DAYS, localToday } from './document-expiry';

describe('documentExpiry', () => {
  const today = '2026-11-23';

  it('flags a document whose expiry day has passed', () => {
    expect(documentExpiry('2026-11-22T00:00:00Z', today)).toEqual({ state: 'expired', daysAgo: 1 });
    expect(documentExpiry('2020-01-01T00:00:00Z', today)).toMatchObject({ state: 'expired' });
  });

  it('treats the expiry day itself as the last valid day, expiring soon', () => {
    expect(documentExpiry('2026-11-23T00:00:00Z', today)).toEqual({ state: 'expires-soon', daysLeft: 0 });
  });

  it('warns within 30 days, inclusive, and not after', () => {
    expect(EXPIRY_WARNING_DAYS).toBe(30);
    expect(documentExpiry('2026-12-03T00:00:00Z', today)).toEqual({ state: 'expires-soon', daysLeft: 10 });
    expect(documentExpiry('2026-12-23T00:00:00Z', today)).toEqual({ state: 'expires-soon', daysLeft: 30 });
    expect(documentExpiry('2026-12-24T00:00:00Z', today)).toEqual({ state: 'valid', daysLeft: 31 });
  });

  it('counts calendar days across months, leap days and daylight-saving changes', () => {
    expect(documentExpiry('2028-03-01T00:00:00Z', '2028-02-28')).toEqual({ state: 'expires-soon', daysLeft: 2 });
    expect(documentExpiry('2026-03-30T00:00:00Z', '2026-03-28')).toEqual({ state: 'expires-soon', daysLeft: 2 });
  });

  it('says nothing about a document without an expiry date', () => {
    expect(documentExpiry(null, today)).toEqual({ state: 'none' });
    expect(documentExpiry('', today)).toEqual({ state: 'none' });
    expect(documentExpiry('not a date', today)).toEqual({ state: 'none' });
  });

  it('takes today from the local calendar, not UTC', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localToday(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });
});
