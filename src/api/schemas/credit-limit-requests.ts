import * as z from 'zod/mini';
import { obpDate } from './common';

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

/**
 * Limits the sandbox keeps for a stored request (OBP never stored them, so it has none): amounts as decimal strings,
 * end dates as calendar days `yyyy-MM-dd` (or ""), documentation as free text.
 */
export const CREDIT_LIMIT_REQUEST_LIMITS = { amount: 100, documentation: 2000 } as const;

/**
 * A stored request, as the sandbox answers `GET …/credit_limit/requests/REQUEST_ID` and each item of the list:
 * OBP's `CreditLimitOrderJson` (what the bank offered; "" while pending) extended with the request's id, the posted
 * fields, its status (PENDING, APPROVED or DECLINED) and when it was made.
 */
export const storedCreditLimitRequest = z.object({
  credit_limit_request_id: z.string(),
  ...postCreditLimitRequest.shape,
  ...creditLimitOrder.shape,
  short_reference: z.string(),
  status: z.string(),
  created: obpDate,
});
export type StoredCreditLimitRequest = z.infer<typeof storedCreditLimitRequest>;
/** `GET …/credit_limit/requests` — OBP's old endpoint answered one example `CreditLimitOrderJson`; the sandbox lists. */
export const creditLimitRequestList = z.object({ credit_limit_requests: z.array(storedCreditLimitRequest) });
