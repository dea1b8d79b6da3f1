import * as z from 'zod/mini';
import {
  ATTRIBUTE_FIELD_LIMITS,
  attributeValueMatchesType,
  CUSTOMER_ATTRIBUTE_TYPES,
  type AttributeDraft,
  type CustomerAttributeType,
} from '@/api/drafts/attributes';

/** OBP's column limits for attribute names and values (shared with the sandbox); writes beyond them fail at the DB. */
export const ATTRIBUTE_LIMITS = ATTRIBUTE_FIELD_LIMITS;

export const isAttributeType = (value: string): value is CustomerAttributeType =>
  (CUSTOMER_ATTRIBUTE_TYPES as readonly string[]).includes(value);

/** The message key saying what a value of `type` must look like. */
export const valueMessageKey = (type: CustomerAttributeType) => `attributes.validation.value${type}`;

export const attributeFormSchema = z
  .object({
    name: z.string().check(
      z.refine((value) => value.trim() !== '', 'attributes.validation.nameRequired'),
      z.refine((value) => value.trim().length <= ATTRIBUTE_LIMITS.name, 'attributes.validation.nameTooLong'),
    ),
    type: z.enum(CUSTOMER_ATTRIBUTE_TYPES, 'attributes.validation.typeRequired'),
    value: z.string().check(
      z.refine((value) => value.trim() !== '', 'attributes.validation.valueRequired'),
      z.refine((value) => value.trim().length <= ATTRIBUTE_LIMITS.value, 'attributes.validation.valueTooLong'),
    ),
  })
  .check(
    z.superRefine((values, context) => {
      const value = values.value.trim();
      // OBP answers 400 for a value that does not parse as its type: say so before sending.
      if (value !== '' && !attributeValueMatchesType(values.type, value)) {
        context.issues.push({ code: 'custom', message: valueMessageKey(values.type), path: ['value'], input: values.value });
      }
    }),
  );
export type AttributeFormValues = z.input<typeof attributeFormSchema>;

export const attributeDraft = (values: AttributeFormValues): AttributeDraft => ({
  name: values.name.trim(),
  type: values.type,
  value: values.value.trim(),
});

