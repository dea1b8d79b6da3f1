import * as z from 'zod/mini';
import { customerAttribute } from './customers';

export const CUSTOMER_ATTRIBUTE_TYPES = ['STRING', 'INTEGER', 'DOUBLE', 'DATE_WITH_DAY'] as const;
export type CustomerAttributeType = (typeof CUSTOMER_ATTRIBUTE_TYPES)[number];
/** Column limits of OBP's MappedCustomerAttribute (`mName` 50, `mValue` 2000). */
export const CUSTOMER_ATTRIBUTE_LIMITS = { name: 50, value: 2000 } as const;

/** `CustomerAttributeJsonV400`. */
export const postCustomerAttribute = z.object({ name: z.string(), type: z.string(), value: z.string() });
export type PostCustomerAttribute = z.infer<typeof postCustomerAttribute>;
export const customerAttributeList = z.object({ customer_attributes: z.array(customerAttribute) });

/** Whether `value` parses as `type`, as OBP checks it (DATE_WITH_DAY is `yyyy-MM-dd`). */
export function attributeValueMatchesType(type: CustomerAttributeType, value: string): boolean {
  switch (type) {
    case 'STRING':
      return true;
    case 'INTEGER':
      return /^-?\d+$/.test(value) && Number.isSafeInteger(Number(value));
    case 'DOUBLE':
      return /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(value) && Number.isFinite(Number(value));
    case 'DATE_WITH_DAY': {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    }
  }
}
