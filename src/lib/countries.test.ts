import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, countryName, countryOptions, isCountryCode } from './countries';

describe('ISO 3166-1 alpha-2 countries', () => {
  it('lists the 249 assigned codes once each, in upper case', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    for (const code of COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it('knows only exact codes', () => {
    expect(isCountryCode('GB')).toBe(true);
    expect(isCountryCode('gb')).toBe(false);
    expect(isCountryCode('UK')).toBe(false);
    expect(isCountryCode('')).toBe(false);
  });

  it('names every code in each console language', () => {
    for (const language of ['en', 'zh-CN', 'es']) {
      for (const code of COUNTRY_CODES) expect(countryName(code, language), `${language} ${code}`).not.toBe(code);
    }
    expect(countryName('GB', 'en')).toBe('United Kingdom');
    expect(countryName('GB', 'zh-CN')).toBe('英国');
    expect(countryName('DE', 'es')).toBe('Alemania');
  });

  it('shows a value that is not a country code as it is', () => {
    expect(countryName('UK', 'en')).toBe('UK');
    expect(countryName('', 'en')).toBe('');
  });

  it('sorts by the name in the language, not by the code', () => {
    const english = countryOptions('en').map((option) => option.name);
    expect(english[0]).toBe('Afghanistan');
    expect(english.indexOf('Germany')).toBeLessThan(english.indexOf('United Kingdom'));
    const spanish = countryOptions('es');
    expect(spanish.findIndex((option) => option.code === 'DE')).toBeLessThan(spanish.findIndex((option) => option.code === 'AR'));
    const chinese = countryOptions('zh-CN').map((option) => option.code);
    expect(chinese.indexOf('DE')).toBeLessThan(chinese.indexOf('CN'));
    expect(countryOptions('en')).toHaveLength(249);
  });
});
