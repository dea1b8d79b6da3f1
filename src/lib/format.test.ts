import { describe, expect, it } from 'vitest';
import { createFormats, formattingLocale, minorUnits, parseDecimal } from './format';

describe('formattingLocale', () => {
  it('takes the region the browser names for the UI language', () => {
    expect(formattingLocale('en', ['de-DE', 'en-US'])).toBe('en-US');
    expect(formattingLocale('es', ['es-MX'])).toBe('es-MX');
  });
  it('reads English without a region as en-GB, never as US', () => {
    expect(formattingLocale('en', ['fr-FR'])).toBe('en-GB');
  });
  it('keeps a language that names its region', () => {
    expect(formattingLocale('zh-CN', ['zh-TW'])).toBe('zh-CN');
  });
});

describe('money', () => {
  it('follows the currency minor units and the language', () => {
    expect(createFormats('en-GB').money('3000.00', 'GBP')).toBe('£3,000.00');
    expect(createFormats('es').money('3000', 'EUR').replace(/\s/g, ' ')).toBe('3000,00 €');
    expect(createFormats('en-GB').money('1500', 'JPY')).toBe('JP¥1,500');
  });
  it('shows what it cannot read as it is', () => {
    expect(createFormats('en-GB').money('lots', 'GBP')).toBe('lots GBP');
  });
  it('knows each currency minor units', () => {
    expect([minorUnits('GBP'), minorUnits('JPY'), minorUnits('BHD')]).toEqual([2, 0, 3]);
  });
});

describe('parseDecimal', () => {
  it('reads the decimal comma in Spanish and grouping in English', () => {
    expect(parseDecimal('2500,50', 'es')).toBe('2500.50');
    expect(parseDecimal('2.500,50', 'es')).toBe('2500.50');
    expect(parseDecimal('2,500.50', 'en-GB')).toBe('2500.50');
    expect(parseDecimal('2.500', 'es')).toBe('2500');
    expect(parseDecimal('2500.5', 'es')).toBe('2500.5');
  });
  it('refuses what is not a number', () => {
    expect(parseDecimal('12a', 'en-GB')).toBeUndefined();
    expect(parseDecimal('1,2,3.4.5', 'en-GB')).toBeUndefined();
    expect(parseDecimal('-5', 'en-GB')).toBeUndefined();
  });
});

describe('dates and times', () => {
  const at = new Date('2026-11-30T14:00:00Z');
  it('never mixes US and British styles in English', () => {
    const format = createFormats('en-GB');
    expect(format.date(at, { day: 'numeric', month: 'long', timeZone: 'UTC' })).toBe('30 November');
    expect(format.date(at, { timeStyle: 'short', timeZone: 'UTC' })).toBe('14:00');
  });
  it('keeps calendar days in UTC', () => {
    expect(createFormats('en-GB').day('2019-06-03T00:00:00Z')).toBe('3 Jun 2019');
  });
  it('says relative times in the language', () => {
    expect(createFormats('en-GB').relative(new Date('2026-12-03T14:00:00Z'), at)).toBe('in 3 days');
    expect(createFormats('es').relative(new Date('2026-11-29T14:00:00Z'), at)).toBe('ayer');
  });
});
