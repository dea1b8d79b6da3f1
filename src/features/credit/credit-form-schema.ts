import * as z from 'zod/mini';
import { isKnownCurrency } from '@/lib/validation';
import { CUSTOMER_FIELD_LIMITS, type CreditLimitDraft, type CreditRatingDraft } from '@/api/drafts/customers';

const LIMIT = CUSTOMER_FIELD_LIMITS.creditField;
/** A non-negative decimal written with a point, as OBP stores the limit's amount: a string, never a float. */
export const AMOUNT = /^\d+(\.\d+)?$/;
const CURRENCY = /^[A-Za-z]{3}$/;

const text = (requiredKey: string, tooLongKey: string) =>
  z.string().check(
    z.refine((value) => value.trim() !== '', requiredKey),
    z.refine((value) => value.trim().length <= LIMIT, tooLongKey),
  );

export const creditRatingFormSchema = z.object({
  creditRating: text('credit.validation.ratingRequired', 'credit.validation.ratingTooLong'),
  creditSource: text('credit.validation.sourceRequired', 'credit.validation.sourceTooLong'),
});
export type CreditRatingFormValues = z.input<typeof creditRatingFormSchema>;

export const creditRatingDraft = (values: CreditRatingFormValues): CreditRatingDraft => ({
  rating: values.creditRating.trim(),
  source: values.creditSource.trim(),
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

export const creditLimitDraft = (values: CreditLimitFormValues): CreditLimitDraft => ({
  currency: values.currency.trim().toUpperCase(),
  amount: values.amount.trim(),
});

