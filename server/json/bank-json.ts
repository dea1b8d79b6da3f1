import type { BankDetail, BankSummary } from '@/api/schemas/banks';
import type { BankRecord } from '../repositories/bank-repository';

/** `BankJson400` — items of `GET /banks`. */
export const bankJson400 = (bank: BankRecord): BankSummary => ({
  id: bank.bankId,
  short_name: bank.shortName,
  full_name: bank.fullName,
  logo: bank.logoUrl,
  website: bank.websiteUrl,
  bank_routings: bank.routings,
});

/** `BankJson500` — `GET /banks/BANK_ID`. */
export const bankJson500 = (bank: BankRecord): BankDetail => ({
  id: bank.bankId,
  bank_code: bank.bankCode,
  full_name: bank.fullName,
  logo: bank.logoUrl,
  website: bank.websiteUrl,
  bank_routings: bank.routings,
  attributes: [],
});
