import type { TaxResidenceDraft } from '@/api/drafts/tax-residences';
import type { PostTaxResidence } from '@/api/schemas/tax-residences';

/** `PostTaxResidenceJsonV310`. */
export const toTaxResidenceBody = (draft: TaxResidenceDraft): PostTaxResidence => ({ domain: draft.domain, tax_number: draft.taxNumber });
