import { describe, expect, it } from 'vitest';
import { isValidPhoneNumber, normalisedPhoneNumber, phoneLookupPattern, phoneNumberKey, phoneRegion, readablePhoneNumber } from './phone-number';

describe('phone numbers', () => {
  it('take the region of the formatting locale, Great Britain when it has none', () => {
    expect(phoneRegion('en-GB')).toBe('GB');
    expect(phoneRegion('es')).toBe('ES');
    expect(phoneRegion('zh-CN')).toBe('CN');
    expect(phoneRegion('not a locale!')).toBe('GB');
  });

  it.each(['abc', 'not a phone ☎️ 电话', '', '+44 7700 lq3x9k1', '12'])('refuse %j', (text) => {
    expect(isValidPhoneNumber(text, 'GB')).toBe(false);
  });

  it('read a national number in the region and save it in the international format', () => {
    expect(normalisedPhoneNumber('07912 345678', 'GB')).toBe('+44 7912 345678');
    expect(normalisedPhoneNumber('612345678', 'ES')).toBe('+34 612 34 56 78');
    expect(normalisedPhoneNumber('+34612345678', 'GB')).toBe('+34 612 34 56 78');
    expect(normalisedPhoneNumber('612345678', 'GB')).toBeUndefined();
  });

  it('show a stored number readably, or as stored when it is no valid number', () => {
    expect(readablePhoneNumber('+44 07972 444 876', 'GB')).toBe('+44 7972 444876');
    expect(readablePhoneNumber('call me', 'GB')).toBe('call me');
  });

  it('find a number however it was stored: national digits with % between, compared by E.164', () => {
    expect(phoneLookupPattern('07972 444876', 'GB')).toBe('%7%9%7%2%4%4%4%8%7%6');
    expect(phoneNumberKey('+44 07972 444 876', 'GB')).toBe(phoneNumberKey('07972444876', 'GB'));
    expect(phoneLookupPattern('abc', 'GB')).toBeUndefined();
  });
});
