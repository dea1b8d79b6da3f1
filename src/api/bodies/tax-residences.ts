import type { PostTaxResidence } from '@/api/schemas/tax-residences';

/** A tax residence to add, in the console's names (those of `TaxResidence`). */
export type TaxResidenceDraft = { domain: string; taxNumber: string };

/** `PostTaxResidenceJsonV310`. */
export const toTaxResidenceBody = (draft: TaxResidenceDraft): PostTaxResidence => ({ domain: draft.domain, tax_number: draft.taxNumber });
