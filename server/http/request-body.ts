import type * as z from 'zod/mini';
import { INVALID_JSON_FORMAT, jsonBodyShouldBe } from '../errors/error-messages';
import { badRequest } from '../errors/obp-error';

/**
 * Extracts a body the way lift-json does for OBP (contract §0.2): a missing required field or a wrong type fails
 * with `OBP-10001: Incorrect json format. The Json body should be the <ClassName> `. `refine` adds the checks lift's
 * extraction makes that a schema cannot (e.g. real calendar dates) and returns false to fail the same way.
 */
export function extractBody<Schema extends z.ZodMiniType>(
  body: unknown,
  schema: Schema,
  className: string,
  refine: (value: z.output<Schema>) => boolean = () => true,
): z.output<Schema> {
  const parsed = schema.safeParse(body);
  if (!parsed.success || !refine(parsed.data)) throw badRequest(jsonBodyShouldBe(className));
  return parsed.data;
}

/** JSON `null` in an optional field of a case class extracts as None: drop such keys before parsing. */
export function withoutNullFields(body: unknown, optionalFields: readonly string[]): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const copy: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  for (const field of optionalFields) if (copy[field] === null) delete copy[field];
  return copy;
}

/** Field names whose string values OBP's auto-validation checks on POST (contract §0.1). */
const ID_FIELD_NAMES = new Set([
  'id', 'user_id', 'bank_id', 'account_id', 'customer_id', 'branch_id', 'atm_id', 'transaction_id',
  'transaction_request_id', 'card_id', 'view_id',
]);
const VALID_ID = /^[A-Za-z0-9\-._]*$/;
const MAXIMUM_ID_LENGTH = 36;

/**
 * The POST id-field check of auto-validated (v4.0.0+) endpoints: every string field named like an id, at any depth,
 * must be ≤ 36 characters of `[A-Za-z0-9-._]`. The message lists the offenders as Scala prints a List of pairs.
 */
export function checkIdFields(body: unknown): void {
  const invalid: Array<[string, string]> = [];
  // Iterative, depth-first in document order (a stack of values still to visit): no recursion for deep bodies.
  const pending: unknown[] = [body];
  while (pending.length > 0) {
    const value = pending.pop();
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) pending.push(value[index]);
    } else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value);
      const later: unknown[] = [];
      for (const [name, field] of entries) {
        if (typeof field === 'string' && ID_FIELD_NAMES.has(name) && (!VALID_ID.test(field) || field.length > MAXIMUM_ID_LENGTH)) {
          invalid.push([name, field]);
        } else later.push(field);
      }
      for (let index = later.length - 1; index >= 0; index -= 1) pending.push(later[index]);
    }
  }
  if (invalid.length > 0) {
    throw badRequest(`${INVALID_JSON_FORMAT} Here are all invalid values: List(${invalid.map(([name, value]) => `(${name},${value})`).join(', ')})`);
  }
}
