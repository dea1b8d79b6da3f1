/** The fields a credit-limit request shows when opened, in this order, when the server sends them. */
export const REQUEST_DETAIL_FIELDS = [
  'rank_amount_1',
  'nominal_interest_1',
  'rank_amount_2',
  'nominal_interest_2',
  'requested_current_rate_amount1',
  'requested_current_rate_amount2',
  'requested_current_valid_end_date',
  'current_credit_documentation',
  'temporary_requested_current_amount',
  'requested_temporary_valid_end_date',
  'temporary_credit_documentation',
  'execution_date',
  'execution_time',
  'token',
  'short_reference',
] as const;
