import * as z from 'zod/mini';
import { readList, text, type RowsRead } from './tolerant';

/*
 * Credit-limit requests. OBP removed them in 2023 (contract §2.5); before that `getCreditLimitRequests` answered one
 * example `CreditLimitOrderJson {rank_amount_1, nominal_interest_1, rank_amount_2, nominal_interest_2}` and the POST
 * `CreditLimitOrderResponseJson {execution_time, execution_date, token, short_reference}` (the case classes are still
 * in obp-api/src/main/scala/code/api/v3_1_0/JSONFactory3.1.0.scala). A server that keeps requests (the sandbox) answers a
 * list of them, bare or wrapped, with the posted fields and an id: every one of these is read.
 */

/** The fields a request shows when opened, in this order, when the server sends them. */
/** Each field of a request the console shows, and OBP's name for it. */
const WIRE_NAMES = {
  rankAmount1: 'rank_amount_1',
  nominalInterest1: 'nominal_interest_1',
  rankAmount2: 'rank_amount_2',
  nominalInterest2: 'nominal_interest_2',
  requestedCurrentRateAmount1: 'requested_current_rate_amount1',
  requestedCurrentRateAmount2: 'requested_current_rate_amount2',
  requestedCurrentValidEndDate: 'requested_current_valid_end_date',
  currentCreditDocumentation: 'current_credit_documentation',
  temporaryRequestedCurrentAmount: 'temporary_requested_current_amount',
  requestedTemporaryValidEndDate: 'requested_temporary_valid_end_date',
  temporaryCreditDocumentation: 'temporary_credit_documentation',
  executionDate: 'execution_date',
  executionTime: 'execution_time',
  token: 'token',
  shortReference: 'short_reference',
} as const;

export type RequestDetailField = keyof typeof WIRE_NAMES;
export const REQUEST_DETAIL_FIELDS = Object.keys(WIRE_NAMES) as RequestDetailField[];

const ID_FIELDS = ['credit_limit_request_id', 'request_id', 'id', 'token'] as const;

/** One stored request: every field the server sent, as text ("" = not recorded), and what opens it. */
export const tolerantCreditLimitRequest = z.pipe(
  z.record(z.string(), z.unknown()),
  z.transform((wire) => {
    const fields: Partial<Record<RequestDetailField, string>> = {};
    for (const field of REQUEST_DETAIL_FIELDS) {
      if (!(WIRE_NAMES[field] in wire)) continue;
      const value = text.safeParse(wire[WIRE_NAMES[field]]);
      fields[field] = value.success ? value.data : '';
    }
    const ids = ID_FIELDS.map((field) => text.safeParse(wire[field])).flatMap((parsed) => (parsed.success && parsed.data ? [parsed.data] : []));
    return { id: ids[0], fields };
  }),
);
export type CreditLimitRequest = z.output<typeof tolerantCreditLimitRequest>;

export type CreditLimitRequestRow = {
  /** What `GET …/requests/REQUEST_ID` takes; undefined when the server gives no id (OBP's old single answer). */
  id: string | undefined;
  reference: string;
  fields: Partial<Record<RequestDetailField, string>>;
};

const itemsOf = (answer: unknown): unknown[] => {
  if (Array.isArray(answer)) return answer;
  if (typeof answer !== 'object' || answer === null) return [];
  const wrapped = answer as Record<string, unknown>;
  if (Array.isArray(wrapped.credit_limit_requests)) return wrapped.credit_limit_requests;
  if (Array.isArray(wrapped.requests)) return wrapped.requests;
  if (wrapped.credit_limit_requests === null || wrapped.requests === null) return [];
  return [answer];
};

/** `GET …/credit_limit/requests`: a bare list, `{credit_limit_requests}`, `{requests}` or OBP's one old example. */
export const tolerantCreditLimitRequestList = z.pipe(
  z.unknown(),
  z.transform((answer): RowsRead<CreditLimitRequestRow> => {
    const read = readList(tolerantCreditLimitRequest, itemsOf(answer), (row) => {
      const parsed = tolerantCreditLimitRequest.safeParse(row);
      return parsed.success ? (parsed.data.id ?? '') : '';
    });
    return {
      unreadable: read.unreadable,
      rows: read.rows.map((request, index) => ({
        id: request.id,
        reference: request.fields.shortReference || request.id || String(index + 1),
        fields: request.fields,
      })),
    };
  }),
);

/** `CreditLimitOrderResponseJson` — the answer to a POST. */
export const tolerantCreditLimitOrderResponse = z.pipe(
  z.looseObject({ execution_time: text, execution_date: text, token: text, short_reference: text }),
  z.transform((wire) => ({
    executionTime: wire.execution_time,
    executionDate: wire.execution_date,
    token: wire.token,
    shortReference: wire.short_reference,
  })),
);
export type CreatedCreditLimitRequest = z.output<typeof tolerantCreditLimitOrderResponse>;
