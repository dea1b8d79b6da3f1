import { TAX_RESIDENCE_LIMITS } from '@/api/schemas/tax-residences';
import { fieldLimits } from './field-limits';

/** OBP's tax residence column limits under the console's names. */
export const TAX_RESIDENCE_FIELD_LIMITS = fieldLimits(TAX_RESIDENCE_LIMITS);

/** A tax residence to add, in the console's names (those of `TaxResidence`). */
export type TaxResidenceDraft = { domain: string; taxNumber: string };
