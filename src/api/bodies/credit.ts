import type { CreditLimitRequestDraft } from '@/api/drafts/credit';
import type { PostCreditLimitRequest } from '@/api/schemas/credit-limit-requests';

/** How the console writes a credit-limit request: the draft of `drafts/credit.ts` as OBP's body. */
export const toCreditLimitRequestBody = (draft: CreditLimitRequestDraft): PostCreditLimitRequest => ({
  requested_current_rate_amount1: draft.requestedCurrentRateAmount1,
  requested_current_rate_amount2: draft.requestedCurrentRateAmount2,
  requested_current_valid_end_date: draft.requestedCurrentValidEndDate,
  current_credit_documentation: draft.currentCreditDocumentation,
  temporary_requested_current_amount: draft.temporaryRequestedCurrentAmount,
  requested_temporary_valid_end_date: draft.requestedTemporaryValidEndDate,
  temporary_credit_documentation: draft.temporaryCreditDocumentation,
});
