import { describe, expect, it } from 'vitest';
import type { KycMedia, KycStatus } from '@/api/wire/kyc';
import { isWebUrl } from '@/lib/validation';
import { currentStatus, placeMedia, statusHistory } from './kyc-history';

const status = (ok: boolean, date: string | undefined): KycStatus => ({ customerId: 'c', customerNumber: 'n', ok, date });
const media = (id: string, document: string, check: string): KycMedia => ({
  bankId: 'b',
  customerId: 'c',
  id,
  customerNumber: 'n',
  type: 'scan',
  url: 'https://example.com/scan.pdf',
  date: '2026-11-23T10:00:00Z',
  relatesToKycDocumentId: document,
  relatesToKycCheckId: check,
});

describe('statusHistory', () => {
  it('puts the newest status first, whatever order the server used', () => {
    const older = status(false, '2026-01-01T00:00:00Z');
    const newer = status(true, '2026-06-01T00:00:00Z');
    expect(statusHistory([older, newer])).toEqual([newer, older]);
    expect(currentStatus([older, newer])).toBe(newer);
  });

  it('keeps the server’s order for equal dates and puts undated statuses last', () => {
    const first = status(true, '2026-06-01T00:00:00Z');
    const second = status(false, '2026-06-01T00:00:00Z');
    const undated = status(true, undefined);
    expect(statusHistory([undated, first, second])).toEqual([first, second, undated]);
  });

  it('has no current status when none was ever set (OBP’s single row is the current one)', () => {
    expect(currentStatus([])).toBeUndefined();
    const only = status(true, '2026-06-01T00:00:00Z');
    expect(currentStatus([only])).toBe(only);
  });
});

describe('placeMedia', () => {
  it('places media under their document and check, and keeps the rest apart', () => {
    const forDocument = media('m1', 'd1', '');
    const forCheck = media('m2', '', 'k1');
    const forBoth = media('m3', 'd1', 'k1');
    const forUnknown = media('m4', 'gone', '');
    const forNothing = media('m5', '', '');
    const placed = placeMedia([forDocument, forCheck, forBoth, forUnknown, forNothing], new Set(['d1']), new Set(['k1']));
    expect(placed.byDocument.get('d1')).toEqual([forDocument, forBoth]);
    expect(placed.byCheck.get('k1')).toEqual([forCheck, forBoth]);
    expect(placed.unplaced).toEqual([forUnknown, forNothing]);
  });
});

describe('isWebUrl', () => {
  it('accepts only http and https addresses', () => {
    expect(isWebUrl('https://files.example.com/a.pdf')).toBe(true);
    expect(isWebUrl('http://intranet/scan.png')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('ftp://example.com/a')).toBe(false);
    expect(isWebUrl('example.com/a.pdf')).toBe(false);
    expect(isWebUrl('')).toBe(false);
  });
});
