import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { obpRequest, path } from '@/api/client';
import { CUSTOMER_LIMITS, customerV310 } from '@/api/schemas/customers';
import type { putCustomerCreditLimit, putCustomerCreditRatingAndSource } from '@/api/schemas/customer-updates';
import { invalidateCustomer } from '@/lib/customer-invalidation';

const LIMIT = CUSTOMER_LIMITS.credit_field;
/** A non-negative decimal written with a point, as OBP stores the limit's amount: a string, never a float. */
export const AMOUNT = /^\d+(\.\d+)?$/;
const CURRENCY = /^[A-Za-z]{3}$/;

/** ISO 4217 codes the browser knows; when it cannot say, three letters are enough. */
export function isKnownCurrency(code: string): boolean {
  const upper = code.toUpperCase();
  if (!/^[A-Z]{3}$/.test(upper)) return false;
  const supportedValuesOf = (Intl as { supportedValuesOf?: (key: 'currency') => string[] }).supportedValuesOf;
  if (!supportedValuesOf) return true;
  return supportedValuesOf('currency').includes(upper);
}

const text = (requiredKey: string, tooLongKey: string) =>
  z.string().check(
    z.refine((value) => value.trim() !== '', requiredKey),
    z.refine((value) => value.trim().length <= LIMIT, tooLongKey),
  );

export const creditRatingFormSchema = z.object({
  credit_rating: text('credit.validation.ratingRequired', 'credit.validation.ratingTooLong'),
  credit_source: text('credit.validation.sourceRequired', 'credit.validation.sourceTooLong'),
});
export type CreditRatingFormValues = z.input<typeof creditRatingFormSchema>;

export const creditRatingBody = (values: CreditRatingFormValues): z.infer<typeof putCustomerCreditRatingAndSource> => ({
  credit_rating: values.credit_rating.trim(),
  credit_source: values.credit_source.trim(),
});

export const creditLimitFormSchema = z.object({
  currency: z.string().check(
    z.refine((value) => CURRENCY.test(value.trim()), 'credit.validation.currencyFormat'),
    z.refine((value) => !CURRENCY.test(value.trim()) || isKnownCurrency(value.trim()), 'credit.validation.currencyUnknown'),
  ),
  amount: z.string().check(
    z.refine((value) => AMOUNT.test(value.trim()), 'credit.validation.amountFormat'),
    z.refine((value) => value.trim().length <= LIMIT, 'credit.validation.amountTooLong'),
  ),
});
export type CreditLimitFormValues = z.input<typeof creditLimitFormSchema>;

export const creditLimitBody = (values: CreditLimitFormValues): z.infer<typeof putCustomerCreditLimit> => ({
  credit_limit: { currency: values.currency.trim().toUpperCase(), amount: values.amount.trim() },
});

/** `PUT …/credit-rating-and-source` — a flat body, unlike the record's `credit_rating: {rating, source}`. */
export function useUpdateCreditRating(bankId: string, customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.infer<typeof putCustomerCreditRatingAndSource>) =>
      obpRequest({
        method: 'PUT',
        path: path`/banks/${bankId}/customers/${customerId}/credit-rating-and-source`,
        body,
        schema: customerV310,
      }),
    onSuccess: () => invalidateCustomer(queryClient, bankId, customerId),
  });
}

/** `PUT …/credit-limit` with `{credit_limit: {currency, amount}}`. */
export function useUpdateCreditLimit(bankId: string, customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.infer<typeof putCustomerCreditLimit>) =>
      obpRequest({ method: 'PUT', path: path`/banks/${bankId}/customers/${customerId}/credit-limit`, body, schema: customerV310 }),
    onSuccess: () => invalidateCustomer(queryClient, bankId, customerId),
  });
}
