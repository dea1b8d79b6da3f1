import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { obpRequest, path } from '@/api/client';
import {
  attributeValueMatchesType,
  CUSTOMER_ATTRIBUTE_LIMITS,
  CUSTOMER_ATTRIBUTE_TYPES,
  type CustomerAttributeType,
  type PostCustomerAttribute,
} from '@/api/schemas/customer-attributes';
import { customerAttribute } from '@/api/schemas/customers';
import { invalidateCustomer } from '@/lib/customer-invalidation';
import { customerAttributeQueries } from './customer-attributes-queries';

/** Column limits of OBP's MappedCustomerAttribute (`mName` 50, `mValue` 255); writes beyond them fail at the DB. */
/** OBP's column limits for attribute names and values (shared with the sandbox). */
export const ATTRIBUTE_LIMITS = CUSTOMER_ATTRIBUTE_LIMITS;

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

export const attributeBody = (values: AttributeFormValues): PostCustomerAttribute => ({
  name: values.name.trim(),
  type: values.type,
  value: values.value.trim(),
});

/** The list and the customer record (it embeds `customer_attributes`), both awaited. */
async function invalidateAttributes(queryClient: QueryClient, bankId: string, customerId: string) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: customerAttributeQueries.customer(bankId, customerId) }),
    invalidateCustomer(queryClient, bankId, customerId),
  ]);
}

/** `POST /banks/BANK_ID/customers/CUSTOMER_ID/attribute` → 201. */
export function useCreateAttribute(bankId: string, customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PostCustomerAttribute) =>
      obpRequest({ method: 'POST', path: path`/banks/${bankId}/customers/${customerId}/attribute`, body, schema: customerAttribute }),
    onSuccess: () => invalidateAttributes(queryClient, bankId, customerId),
  });
}

/** `PUT /banks/BANK_ID/customers/CUSTOMER_ID/attributes/ATTRIBUTE_ID` → 200. */
export function useUpdateAttribute(bankId: string, customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ attributeId, body }: { attributeId: string; body: PostCustomerAttribute }) =>
      obpRequest({
        method: 'PUT',
        path: path`/banks/${bankId}/customers/${customerId}/attributes/${attributeId}`,
        body,
        schema: customerAttribute,
      }),
    onSuccess: () => invalidateAttributes(queryClient, bankId, customerId),
  });
}

/** OBP's code deletes at `/banks/BANK_ID/customers/attributes/ID` (not the doc's path) and answers 204 with no body. */
export function useDeleteAttribute(bankId: string, customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attributeId: string) =>
      obpRequest({ method: 'DELETE', path: path`/banks/${bankId}/customers/attributes/${attributeId}`, schema: z.unknown() }),
    onSuccess: () => invalidateAttributes(queryClient, bankId, customerId),
  });
}
