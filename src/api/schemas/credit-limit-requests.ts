import * as z from 'zod/mini';

/**
 * Credit-limit requests were removed from OBP in 2023 (contract §2.5). The sandbox keeps them at their former paths
 * and shapes as real stored requests; a current OBP server answers 404 OBP-10404.
 */
export const postCreditLimitRequest = z.object({
  requested_current_rate_amount1: z.string(),
  requested_current_rate_amount2: z.string(),
  requested_current_valid_end_date: z.string(),
  current_credit_documentation: z.string(),
  temporary_requested_current_amount: z.string(),
  requested_temporary_valid_end_date: z.string(),
  temporary_credit_documentation: z.string(),
});
export type PostCreditLimitRequest = z.infer<typeof postCreditLimitRequest>;
/** `CreditLimitOrderResponseJson` — the answer to a POST. */
export const creditLimitOrderResponse = z.object({
  execution_time: z.string(),
  execution_date: z.string(),
  token: z.string(),
  short_reference: z.string(),
});
/** `CreditLimitOrderJson` — items of the GETs. */
export const creditLimitOrder = z.object({
  rank_amount_1: z.string(),
  nominal_interest_1: z.string(),
  rank_amount_2: z.string(),
  nominal_interest_2: z.string(),
});
