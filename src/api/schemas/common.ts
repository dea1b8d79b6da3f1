import * as z from 'zod/mini';

/** OBP renders java.util.Date as `yyyy-MM-dd'T'HH:mm:ss'Z'` in UTC, without milliseconds (contract §0.2). */
export const OBP_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
/** The v3.0.0 customer JSON renders dates of birth as `yyyy-MM-dd`, or "" when unset. */
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export const obpDate = z.string().check(z.regex(OBP_DATE_PATTERN, 'Expected a date like 2017-09-19T00:00:00Z'));
export const nullableObpDate = z.nullable(obpDate);
export const dayDate = z.union([z.literal(''), z.string().check(z.regex(DAY_PATTERN))]);

/** `{"code": <http status>, "message": "OBP-xxxxx: …"}` (contract §0.4). */
export const obpErrorBody = z.object({
  code: z.number(),
  message: z.string(),
});
export type ObpErrorBody = z.infer<typeof obpErrorBody>;

/** DELETE endpoints of OBP answer with the JSON literal `true`. */
export const deletedBody = z.literal(true);
