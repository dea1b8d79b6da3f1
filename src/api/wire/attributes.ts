import * as z from 'zod/mini';
import { id, listEnvelope, text } from './tolerant';

/*
 * Customer attributes as OBP sends them: `CustomerAttributeResponseJsonV300 {customer_attribute_id, name, type, value}`
 * (obp-api/src/main/scala/code/api/v3_0_0/JSONFactory3.0.0.scala, `createCustomerAttributeJson`), alone (create,
 * update, get by id) or in `CustomerAttributesResponseJson {customer_attributes: [...]}` (v4.0.0 getCustomerAttributes)
 * and inside the customer record (`CustomerWithAttributesJsonV310`). `value` is a String column, but an adapter may send
 * an INTEGER/DOUBLE attribute as a JSON number and lift-json keeps it: it is read as text.
 */
const attributeFields = { name: text, type: text, value: text };

const toAttribute = (wire: { customer_attribute_id: string; name: string; type: string; value: string }) => ({
  customerAttributeId: wire.customer_attribute_id,
  name: wire.name,
  type: wire.type,
  value: wire.value,
});

/** One attribute of the attributes tab: it is edited and deleted by its id, so a row without one is unreadable. */
export const tolerantCustomerAttribute = z.pipe(
  z.looseObject({ customer_attribute_id: id, ...attributeFields }),
  z.transform(toAttribute),
);

/** An attribute shown inside the customer record (read only there): no field is required. */
export const embeddedCustomerAttribute = z.pipe(
  z.looseObject({ customer_attribute_id: text, ...attributeFields }),
  z.transform(toAttribute),
);

/** The attribute the screens use: "" = not recorded. */
export type CustomerAttribute = z.output<typeof tolerantCustomerAttribute>;

/** `GET /banks/BANK_ID/customers/CUSTOMER_ID/attributes` → `{customer_attributes: [...]}`, each row read on its own. */
export const tolerantCustomerAttributeList = listEnvelope('customer_attributes', tolerantCustomerAttribute, 'customer_attribute_id');
