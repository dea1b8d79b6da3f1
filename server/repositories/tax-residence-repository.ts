import type { SandboxDatabase } from '../database/sandbox-database';

export type TaxResidenceRecord = { taxResidenceId: string; customerId: string; domain: string; taxNumber: string };

type TaxResidenceRow = { tax_residence_id: string; customer_id: string; domain: string; tax_number: string };

const toRecord = (row: TaxResidenceRow): TaxResidenceRecord => ({
  taxResidenceId: row.tax_residence_id,
  customerId: row.customer_id,
  domain: row.domain,
  taxNumber: row.tax_number,
});

export type TaxResidenceRepository = ReturnType<typeof createTaxResidenceRepository>;

export function createTaxResidenceRepository(database: SandboxDatabase) {
  const insert = database.prepare('INSERT INTO tax_residences (tax_residence_id, customer_id, domain, tax_number, created_at) VALUES (?, ?, ?, ?, ?)');
  const ofCustomer = database.prepare<[string], TaxResidenceRow>(
    'SELECT tax_residence_id, customer_id, domain, tax_number FROM tax_residences WHERE customer_id = ? ORDER BY id',
  );
  const exists = database
    .prepare<[string, string, string], number>('SELECT EXISTS (SELECT 1 FROM tax_residences WHERE customer_id = ? AND domain = ? AND tax_number = ?)')
    .pluck();
  const remove = database.prepare('DELETE FROM tax_residences WHERE tax_residence_id = ? AND customer_id = ?');

  return {
    create(residence: TaxResidenceRecord, createdAt: string): void {
      insert.run(residence.taxResidenceId, residence.customerId, residence.domain, residence.taxNumber, createdAt);
    },
    /** (customer, domain, tax_number) is unique, as OBP's index says. */
    exists(customerId: string, domain: string, taxNumber: string): boolean {
      return exists.get(customerId, domain, taxNumber) === 1;
    },
    /** The customer's tax residences in the order they were added. */
    ofCustomer(customerId: string): TaxResidenceRecord[] {
      return ofCustomer.all(customerId).map(toRecord);
    },
    /** Whether the customer had that tax residence (and now has not). */
    delete(taxResidenceId: string, customerId: string): boolean {
      return remove.run(taxResidenceId, customerId).changes > 0;
    },
  };
}
