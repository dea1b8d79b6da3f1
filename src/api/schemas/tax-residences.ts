import * as z from 'zod/mini';

/**
 * Column limits of MappedTaxResidence: `mDomain` and `mTaxNumber` are `MediumString`s (OBP's `medium_string.length`,
 * default 20); (customer, domain, tax_number) is unique.
 */
export const TAX_RESIDENCE_LIMITS = { domain: 20, tax_number: 20 } as const;

/** `PostTaxResidenceJsonV310`. */
export const postTaxResidence = z.object({ domain: z.string(), tax_number: z.string() });
export type PostTaxResidence = z.infer<typeof postTaxResidence>;
/** `TaxResidenceV310`. */
export const taxResidence = z.object({ domain: z.string(), tax_number: z.string(), tax_residence_id: z.string() });
export type TaxResidence = z.infer<typeof taxResidence>;
/** `GET …/tax-residences` — the list key is singular. */
export const taxResidenceList = z.object({ tax_residence: z.array(taxResidence) });
