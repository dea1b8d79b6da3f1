import { describe, expect, it } from 'vitest';
import { phoneDigits, sameContact, sameEmail, samePhone } from './contact-match';

describe('matching contacts', () => {
  it('compares phone numbers by their digits', () => {
    expect(phoneDigits('+44 07972-444 (876)')).toBe('4407972444876');
    expect(samePhone('+44 07972 444 876', '+44-07972-444876')).toBe(true);
    expect(samePhone('+44 07972 444 876', '+44 07972 444 877')).toBe(false);
  });

  it('never matches on empty or too short numbers', () => {
    expect(samePhone('', '')).toBe(false);
    expect(samePhone('12', '12')).toBe(false);
    expect(samePhone(null, undefined)).toBe(false);
  });

  it('compares emails without case or surrounding spaces, and only real-looking ones', () => {
    expect(sameEmail(' Eveline@Example.com ', 'eveline@example.com')).toBe(true);
    expect(sameEmail('', '')).toBe(false);
    expect(sameEmail('n/a', 'n/a')).toBe(false);
  });

  it('matches a person by either email or mobile', () => {
    expect(sameContact({ email: 'a@b.co', mobile: '' }, { email: 'A@B.CO', mobile: '999999' })).toBe(true);
    expect(sameContact({ email: '', mobile: '+1 555 0100 22' }, { email: 'x@y.z', mobile: '1555010022' })).toBe(true);
    expect(sameContact({ email: 'a@b.co', mobile: '123456' }, { email: 'c@d.co', mobile: '654321' })).toBe(false);
  });
});
