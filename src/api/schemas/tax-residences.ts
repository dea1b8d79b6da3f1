import * as z from 'zod/mini';

/** `PostTaxResidenceJsonV310`. */
export const postTaxResidence = z.object({ domain: z.string(), tax_number: z.string() });
export type PostTaxResidence = z.infer<typeof postTaxResidence>;
/** `TaxResidenceV310`. */
export const taxResidence = z.object({ domain: z.string(), tax_number: z.string(), tax_residence_id: z.string() });
export type TaxResidence = z.infer<typeof taxResidence>;
/** `GET …/tax-residences` — the list key is singular. */
export const taxResidenceList = z.object({ tax_residence: z.array(taxResidence) });
