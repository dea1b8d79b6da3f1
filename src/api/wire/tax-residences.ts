import * as z from 'zod/mini';
import { id, listEnvelope, text } from './tolerant';

/*
 * Tax residences as OBP sends them: `TaxResidenceV310 {domain, tax_number, tax_residence_id}` built by
 * `JSONFactory310.createTaxResidence` (obp-api/src/main/scala/code/api/v3_1_0/JSONFactory3.1.0.scala) from
 * `MappedTaxResidence` (code/taxresidence/MappedTaxResidence.scala); the list is `TaxResidenceJsonV310
 * {tax_residence: [...]}` (singular key). A tax number made only of digits may arrive as a number from an adapter.
 */
export const tolerantTaxResidence = z.pipe(
  z.looseObject({ domain: text, tax_number: text, tax_residence_id: id }),
  z.transform((wire) => ({ domain: wire.domain, taxNumber: wire.tax_number, taxResidenceId: wire.tax_residence_id })),
);

export type TaxResidence = z.output<typeof tolerantTaxResidence>;

/** `GET …/customers/CUSTOMER_ID/tax-residences`. */
export const tolerantTaxResidenceList = listEnvelope('tax_residence', tolerantTaxResidence, 'tax_residence_id');
