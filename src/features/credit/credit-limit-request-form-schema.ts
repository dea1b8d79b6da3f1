import * as z from 'zod/mini';
import type { PostCreditLimitRequest } from '@/api/schemas/credit-limit-requests';
import { AMOUNT } from './credit-form-schema';

export const CREDIT_REQUEST_LIMITS = { amount: 100, documentation: 2000 } as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const amount = (required: boolean) =>
  z.string().check(
    z.refine((value) => (value.trim() === '' ? !required : AMOUNT.test(value.trim())), required ? 'credit.validation.requestAmountRequired' : 'credit.validation.amountFormat'),
    z.refine((value) => value.trim().length <= CREDIT_REQUEST_LIMITS.amount, 'credit.validation.amountTooLong'),
  );
const day = z.string().check(z.refine((value) => value === '' || DAY.test(value), 'credit.validation.dayFormat'));
const documentation = z.string().check(
  z.refine((value) => value.trim().length <= CREDIT_REQUEST_LIMITS.documentation, 'credit.validation.documentationTooLong'),
);

export const creditLimitRequestFormSchema = z.object({
  requested_current_rate_amount1: amount(true),
  requested_current_rate_amount2: amount(false),
  requested_current_valid_end_date: day,
  current_credit_documentation: documentation,
  temporary_requested_current_amount: amount(false),
  requested_temporary_valid_end_date: day,
  temporary_credit_documentation: documentation,
});
export type CreditLimitRequestFormValues = z.input<typeof creditLimitRequestFormSchema>;

/** Every field of OBP's `CreditLimitRequestJson` is a string; dates travel as calendar days. */
export const creditLimitRequestBody = (values: CreditLimitRequestFormValues): PostCreditLimitRequest => ({
  requested_current_rate_amount1: values.requested_current_rate_amount1.trim(),
  requested_current_rate_amount2: values.requested_current_rate_amount2.trim(),
  requested_current_valid_end_date: values.requested_current_valid_end_date,
  current_credit_documentation: values.current_credit_documentation.trim(),
  temporary_requested_current_amount: values.temporary_requested_current_amount.trim(),
  requested_temporary_valid_end_date: values.requested_temporary_valid_end_date,
  temporary_credit_documentation: values.temporary_credit_documentation.trim(),
});

