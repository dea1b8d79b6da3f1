import type { SandboxDatabase } from '../database/sandbox-database';

export type CustomerAttributeRecord = {
  customerAttributeId: string;
  customerId: string;
  bankId: string;
  name: string;
  type: string;
  value: string;
};

type CustomerAttributeRow = {
  customer_attribute_id: string;
  customer_id: string;
  bank_id: string;
  name: string;
  type: string;
  value: string;
};

const toRecord = (row: CustomerAttributeRow): CustomerAttributeRecord => ({
  customerAttributeId: row.customer_attribute_id,
  customerId: row.customer_id,
  bankId: row.bank_id,
  name: row.name,
  type: row.type,
  value: row.value,
});

export type CustomerAttributeRepository = ReturnType<typeof createCustomerAttributeRepository>;

export function createCustomerAttributeRepository(database: SandboxDatabase) {
  const columns = 'customer_attribute_id, customer_id, bank_id, name, type, value';
  const ofCustomers = database.prepare<[string], CustomerAttributeRow>(
    `SELECT ${columns} FROM customer_attributes WHERE customer_id IN (SELECT value FROM json_each(?)) ORDER BY created_at, rowid`,
  );
  const insert = database.prepare(
    `INSERT INTO customer_attributes (${columns}, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  return {
    /** Attributes of each of the given customers (every customer id is a key, possibly with an empty list). */
    ofCustomers(customerIds: readonly string[]): Map<string, CustomerAttributeRecord[]> {
      const result = new Map<string, CustomerAttributeRecord[]>(customerIds.map((customerId) => [customerId, []]));
      if (customerIds.length === 0) return result;
      for (const row of ofCustomers.all(JSON.stringify(customerIds))) result.get(row.customer_id)?.push(toRecord(row));
      return result;
    },
    create(attribute: CustomerAttributeRecord, createdAt: string): void {
      insert.run(
        attribute.customerAttributeId,
        attribute.customerId,
        attribute.bankId,
        attribute.name,
        attribute.type,
        attribute.value,
        createdAt,
        createdAt,
      );
    },
  };
}
