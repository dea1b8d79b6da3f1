/*
 * A credit-limit request as a form hands it to `useCreateCreditLimitRequest` (the sandbox keeps them at OBP's former
 * paths, contract §2.5), in the console's names (those a stored request is read into, `wire/credit.ts`). The
 * customer's own rating and limit are customer updates (`drafts/customers.ts`).
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
