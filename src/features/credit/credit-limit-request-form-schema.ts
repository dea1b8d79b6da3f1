import * as z from 'zod/mini';
import type { CreditLimitRequestDraft } from '@/api/drafts/credit';
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
  requestedCurrentRateAmount1: amount(true),
  requestedCurrentRateAmount2: amount(false),
  requestedCurrentValidEndDate: day,
  currentCreditDocumentation: documentation,
  temporaryRequestedCurrentAmount: amount(false),
  requestedTemporaryValidEndDate: day,
  temporaryCreditDocumentation: documentation,
});
export type CreditLimitRequestFormValues = z.input<typeof creditLimitRequestFormSchema>;

/** A new request: nothing typed yet. */
export const EMPTY_CREDIT_LIMIT_REQUEST: CreditLimitRequestFormValues = {
  requestedCurrentRateAmount1: '',
  requestedCurrentRateAmount2: '',
  requestedCurrentValidEndDate: '',
  currentCreditDocumentation: '',
  temporaryRequestedCurrentAmount: '',
  requestedTemporaryValidEndDate: '',
  temporaryCreditDocumentation: '',
};

/** Every field of OBP's `CreditLimitRequestJson` is a string; dates travel as calendar days. */
export const creditLimitRequestDraft = (values: CreditLimitRequestFormValues): CreditLimitRequestDraft => ({
  requestedCurrentRateAmount1: values.requestedCurrentRateAmount1.trim(),
  requestedCurrentRateAmount2: values.requestedCurrentRateAmount2.trim(),
  requestedCurrentValidEndDate: values.requestedCurrentValidEndDate,
  currentCreditDocumentation: values.currentCreditDocumentation.trim(),
  temporaryRequestedCurrentAmount: values.temporaryRequestedCurrentAmount.trim(),
  requestedTemporaryValidEndDate: values.requestedTemporaryValidEndDate,
  temporaryCreditDocumentation: values.temporaryCreditDocumentation.trim(),
});
