import * as z from 'zod/mini';
import { list, readRows, fieldOf, text, type UnreadableRow } from './tolerant';

/*
 * Banks as OBP sends them: `BankJson400` (GET /banks) and `BankJson500` (GET /banks/BANK_ID). OBP v5.0.0's createBank
 * stores an empty full name and `stringOrNull` renders it as null; logo and website are often null too.
 */
const routing = z.looseObject({ scheme: text, address: text });

export const tolerantBank = z.pipe(
  z.looseObject({
    id: z.string().check(z.minLength(1)),
    short_name: text,
    full_name: text,
    bank_code: text,
    logo: text,
    website: text,
    bank_routings: list(routing),
  }),
  z.transform((wire) => ({
    id: wire.id,
    shortName: wire.short_name,
    fullName: wire.full_name,
    bankCode: wire.bank_code,
    logo: wire.logo,
    website: wire.website,
    bankRoutings: wire.bank_routings,
  })),
);
export type Bank = z.output<typeof tolerantBank>;

/** `{"banks": [...]}`: a bank that cannot be read is kept as an unreadable row, never blanking the picker. */
export const tolerantBankList = z.pipe(
  z.looseObject({ banks: z.optional(z.nullable(z.array(z.unknown()))) }),
  z.transform((wire): Array<Bank | UnreadableRow> => readRows(tolerantBank, wire.banks ?? [], fieldOf('id'))),
);
