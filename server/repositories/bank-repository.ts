import type { SandboxDatabase } from '../database/sandbox-database';
import { accessCacheOf } from './access-cache';

export type BankRecord = {
  bankId: string;
  bankCode: string;
  shortName: string;
  fullName: string;
  logoUrl: string;
  websiteUrl: string;
  routings: Array<{ scheme: string; address: string }>;
};

type BankRow = {
  bank_id: string;
  bank_code: string;
  short_name: string;
  full_name: string;
  logo_url: string;
  website_url: string;
};

export type BankRepository = ReturnType<typeof createBankRepository>;

export function createBankRepository(database: SandboxDatabase) {
  const all = database.prepare<[], BankRow>('SELECT * FROM banks ORDER BY bank_id');
  const one = database.prepare<[string], BankRow>('SELECT * FROM banks WHERE bank_id = ?');
  const routings = database.prepare<[string], { scheme: string; address: string }>(
    'SELECT scheme, address FROM bank_routings WHERE bank_id = ? ORDER BY scheme',
  );
  const insertBank = database.prepare(
    'INSERT INTO banks (bank_id, bank_code, short_name, full_name, logo_url, website_url) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertRouting = database.prepare('INSERT INTO bank_routings (bank_id, scheme, address) VALUES (?, ?, ?)');

  const toRecord = (row: BankRow): BankRecord => ({
    bankId: row.bank_id,
    bankCode: row.bank_code,
    shortName: row.short_name,
    fullName: row.full_name,
    logoUrl: row.logo_url,
    websiteUrl: row.website_url,
    routings: routings.all(row.bank_id),
  });

  // Most requests check their bank first: cached, emptied by any write to banks or bank_routings (access-cache.ts).
  const cache = accessCacheOf(database);
  const everyBank = cache.lookup<readonly BankRecord[]>();
  const banks = cache.lookup<BankRecord>();

  return {
    list: (): BankRecord[] => [...everyBank.get('', () => all.all().map((row) => Object.freeze(toRecord(row))))!],
    find(bankId: string): BankRecord | undefined {
      return banks.get(bankId, () => {
        const row = one.get(bankId);
        return row && Object.freeze(toRecord(row));
      });
    },
    create(bank: BankRecord): void {
      database.transaction(() => {
        insertBank.run(bank.bankId, bank.bankCode, bank.shortName, bank.fullName, bank.logoUrl, bank.websiteUrl);
        for (const routing of bank.routings) insertRouting.run(bank.bankId, routing.scheme, routing.address);
      })();
    },
  };
}
