import * as z from 'zod/mini';

const bankRouting = z.object({ scheme: z.string(), address: z.string() });

/** `BankJson400` — items of `GET /banks` (v4.0.0 getBanks, served under v5.1.0). */
export const bankSummary = z.object({
  id: z.string(),
  short_name: z.string(),
  full_name: z.string(),
  logo: z.optional(z.nullable(z.string())),
  website: z.optional(z.nullable(z.string())),
  bank_routings: z.array(bankRouting),
});
export type BankSummary = z.infer<typeof bankSummary>;
export const bankList = z.object({ banks: z.array(bankSummary) });

/** `BankJson500` — `GET /banks/BANK_ID` (v5.0.0 getBank). */
export const bankDetail = z.object({
  id: z.string(),
  bank_code: z.string(),
  full_name: z.string(),
  logo: z.optional(z.nullable(z.string())),
  website: z.optional(z.nullable(z.string())),
  bank_routings: z.array(bankRouting),
  attributes: z.optional(z.array(z.object({ name: z.string(), value: z.string() }))),
});
export type BankDetail = z.infer<typeof bankDetail>;
