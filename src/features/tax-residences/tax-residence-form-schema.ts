import * as z from 'zod/mini';
import { TAX_RESIDENCE_FIELD_LIMITS, type TaxResidenceDraft } from '@/api/drafts/tax-residences';
import type { TaxResidence } from '@/api/wire/tax-residences';
import { countryName, isCountryCode } from '@/lib/countries';

/** The select's value for a jurisdiction that is not a country (a state, a territory, a tax domain of the bank's). */
export const OTHER_JURISDICTION = 'other';

/** A country domain is sent as its ISO code; any other jurisdiction as typed. Both fit OBP's 20-character column. */
export const taxResidenceFormSchema = z
  .object({
    country: z.string(),
    jurisdiction: z.string(),
    taxNumber: z.string().check(
      z.refine((value) => value.trim() !== '', 'taxResidences.validation.taxNumberRequired'),
      z.refine((value) => value.trim().length <= TAX_RESIDENCE_FIELD_LIMITS.taxNumber, 'taxResidences.validation.taxNumberTooLong'),
    ),
  })
  .check(
    z.superRefine((values, context) => {
      if (values.country === OTHER_JURISDICTION) {
        const jurisdiction = values.jurisdiction.trim();
        if (jurisdiction === '') {
          context.issues.push({ code: 'custom', message: 'taxResidences.validation.jurisdictionRequired', path: ['jurisdiction'], input: values.jurisdiction });
        } else if (jurisdiction.length > TAX_RESIDENCE_FIELD_LIMITS.domain) {
          context.issues.push({ code: 'custom', message: 'taxResidences.validation.jurisdictionTooLong', path: ['jurisdiction'], input: values.jurisdiction });
        }
      } else if (!isCountryCode(values.country)) {
        context.issues.push({ code: 'custom', message: 'taxResidences.validation.countryRequired', path: ['country'], input: values.country });
      }
    }),
  );
export type TaxResidenceFormValues = z.input<typeof taxResidenceFormSchema>;

export const emptyTaxResidenceForm = (): TaxResidenceFormValues => ({ country: '', jurisdiction: '', taxNumber: '' });

export const taxResidenceDraft = (values: TaxResidenceFormValues): TaxResidenceDraft => ({
  domain: values.country === OTHER_JURISDICTION ? values.jurisdiction.trim() : values.country,
  taxNumber: values.taxNumber.trim(),
});

/** A domain that is an ISO country code reads as the country's name in the user's language, with the code beside it. */
export function domainLabel(domain: string, language: string): string {
  return isCountryCode(domain) ? `${countryName(domain, language)} (${domain})` : domain;
}

/** By jurisdiction as the user reads it, then by tax number: OBP returns them in no particular order. */
export function sortTaxResidences(residences: readonly TaxResidence[], language: string): TaxResidence[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  return [...residences].sort(
    (left, right) =>
      collator.compare(domainLabel(left.domain, language), domainLabel(right.domain, language)) ||
      collator.compare(left.taxNumber, right.taxNumber),
  );
}

