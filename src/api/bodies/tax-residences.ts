import { TAX_RESIDENCE_LIMITS, type PostTaxResidence } from '@/api/schemas/tax-residences';
import { fieldLimits } from './field-limits';

/** OBP's tax residence column limits under the console's names. */
export const TAX_RESIDENCE_FIELD_LIMITS = fieldLimits(TAX_RESIDENCE_LIMITS);

/** A tax residence to add, in the console's names (those of `TaxResidence`). */
export type TaxResidenceDraft = { domain: string; taxNumber: string };

/** `PostTaxResidenceJsonV310`. */
export const toTaxResidenceBody = (draft: TaxResidenceDraft): PostTaxResidence => ({ domain: draft.domain, tax_number: draft.taxNumber });
