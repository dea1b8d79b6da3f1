import { CUSTOMER_ATTRIBUTE_LIMITS } from '@/api/schemas/customer-attributes';

/*
 * A customer attribute as a form hands it to the hooks of `resources/attributes.ts`. Its names (`name`, `type`,
 * `value`) are OBP's and the console's alike; the types, the check of a value against its type and the column limits
 * are shared with the sandbox in `schemas/customer-attributes.ts` and reach screens from here.
 */
export { attributeValueMatchesType, CUSTOMER_ATTRIBUTE_TYPES, type CustomerAttributeType } from '@/api/schemas/customer-attributes';

/** OBP's column limits for attribute names and values (MappedCustomerAttribute). */
export const ATTRIBUTE_FIELD_LIMITS = CUSTOMER_ATTRIBUTE_LIMITS;

/** Trimmed; `type` one of `CUSTOMER_ATTRIBUTE_TYPES`. */
export type AttributeDraft = { name: string; type: string; value: string };
