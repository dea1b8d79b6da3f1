import type { PostCreditLimitRequest } from '@/api/schemas/credit-limit-requests';

/*
 * How the console writes a credit-limit request (the sandbox keeps them at OBP's former paths, contract §2.5): the
 * draft in the console's names (those a stored request is read into, `wire/credit.ts`) and OBP's body. The customer's
 * own rating and limit are customer updates (`bodies/customers.ts`).
 */

/** Every field is text, as OBP's `CreditLimitRequestJson` has it; end dates are calendar days or "". */
export type CreditLimitRequestDraft = {
  requestedCurrentRateAmount1: string;
  requestedCurrentRateAmount2: string;
  requestedCurrentValidEndDate: string;
  currentCreditDocumentation: string;
  temporaryRequestedCurrentAmount: string;
  requestedTemporaryValidEndDate: string;
  temporaryCreditDocumentation: string;
};

export const toCreditLimitRequestBody = (draft: CreditLimitRequestDraft): PostCreditLimitRequest => ({
  requested_current_rate_amount1: draft.requestedCurrentRateAmount1,
  requested_current_rate_amount2: draft.requestedCurrentRateAmount2,
  requested_current_valid_end_date: draft.requestedCurrentValidEndDate,
  current_credit_documentation: draft.currentCreditDocumentation,
  temporary_requested_current_amount: draft.temporaryRequestedCurrentAmount,
  requested_temporary_valid_end_date: draft.requestedTemporaryValidEndDate,
  temporary_credit_documentation: draft.temporaryCreditDocumentation,
});
