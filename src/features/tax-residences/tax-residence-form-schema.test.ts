import { describe, expect, it } from 'vitest';
import { domainLabel, OTHER_JURISDICTION, sortTaxResidences, taxResidenceDraft, taxResidenceFormSchema, type TaxResidenceFormValues } from './tax-residence-form-schema';

const issues = (values: TaxResidenceFormValues) => {
  const result = taxResidenceFormSchema.safeParse(values);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('tax residence form', () => {
  it('sends a country as its ISO code and the tax number trimmed', () => {
    const values = { country: 'GB', jurisdiction: 'ignored', taxNumber: ' 1234567890 ' };
    expect(issues(values)).toEqual({});
    expect(taxResidenceDraft(values)).toEqual({ domain: 'GB', taxNumber: '1234567890' });
  });

  it('sends another jurisdiction as typed', () => {
    const values = { country: OTHER_JURISDICTION, jurisdiction: ' US-CA ', taxNumber: '123-45-6789' };
    expect(issues(values)).toEqual({});
    expect(taxResidenceDraft(values)).toEqual({ domain: 'US-CA', taxNumber: '123-45-6789' });
  });

  it('requires a domain and a tax number, each within OBP’s 20-character columns', () => {
    expect(issues({ country: '', jurisdiction: '', taxNumber: '' })).toEqual({
      country: 'taxResidences.validation.countryRequired',
      taxNumber: 'taxResidences.validation.taxNumberRequired',
    });
    expect(issues({ country: OTHER_JURISDICTION, jurisdiction: ' ', taxNumber: 'x'.repeat(21) })).toEqual({
      jurisdiction: 'taxResidences.validation.jurisdictionRequired',
      taxNumber: 'taxResidences.validation.taxNumberTooLong',
    });
    expect(issues({ country: OTHER_JURISDICTION, jurisdiction: 'x'.repeat(21), taxNumber: 'x'.repeat(20) })).toEqual({
      jurisdiction: 'taxResidences.validation.jurisdictionTooLong',
    });
  });
});

describe('tax residence display', () => {
  it('names a country domain in the language and shows any other domain as it is', () => {
    expect(domainLabel('DE', 'en')).toBe('Germany (DE)');
    expect(domainLabel('DE', 'zh-CN')).toBe('德国 (DE)');
    expect(domainLabel('US-CA', 'en')).toBe('US-CA');
  });

  it('sorts by the domain as read, then by tax number', () => {
    const rows = [
      { domain: 'GB', taxNumber: '2', taxResidenceId: 'a' },
      { domain: 'DE', taxNumber: '9', taxResidenceId: 'b' },
      { domain: 'GB', taxNumber: '10', taxResidenceId: 'c' },
    ];
    expect(sortTaxResidences(rows, 'en').map((row) => row.taxResidenceId)).toEqual(['b', 'a', 'c']);
    // In Spanish Alemania (DE) and Reino Unido (GB) keep that order too; in Chinese 德国 sorts before 英国.
    expect(sortTaxResidences(rows, 'zh-CN').map((row) => row.taxResidenceId)).toEqual(['b', 'a', 'c']);
  });
});
