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

/** The same columns as an array (raw mode): the attributes of GET customer are read on every call, and a row object
 * per attribute cost several times the values it carries (see customer-repository.ts). */
type CustomerAttributeValues = [customer_attribute_id: string, customer_id: string, bank_id: string, name: string, type: string, value: string];

const fromValues = (row: CustomerAttributeValues): CustomerAttributeRecord => ({
  customerAttributeId: row[0],
  customerId: row[1],
  bankId: row[2],
  name: row[3],
  type: row[4],
  value: row[5],
});

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
  const ofCustomers = database
    .prepare<[string], CustomerAttributeValues>(
      `SELECT ${columns} FROM customer_attributes WHERE customer_id IN (SELECT value FROM json_each(?)) ORDER BY created_at, rowid`,
    )
    .raw();
  // One customer (GET customer, the record's tabs): an equality lookup, without building and parsing a JSON array —
  // the json_each form was a quarter of GET customer's handler time in the profile.
  const ofCustomer = database
    .prepare<[string], CustomerAttributeValues>(`SELECT ${columns} FROM customer_attributes WHERE customer_id = ? ORDER BY created_at, rowid`)
    .raw();
  const insert = database.prepare(
    `INSERT INTO customer_attributes (${columns}, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const byId = database.prepare<[string], CustomerAttributeRow>(`SELECT ${columns} FROM customer_attributes WHERE customer_attribute_id = ?`);
  const update = database.prepare('UPDATE customer_attributes SET name = ?, type = ?, value = ?, updated_at = ? WHERE customer_attribute_id = ?');
  const remove = database.prepare('DELETE FROM customer_attributes WHERE customer_attribute_id = ?');
  // The firehose's attribute filter (contract §C): which of these customers have one of the name/value pairs.
  const matching = database
    .prepare<[string, string, string], string>(
      `SELECT DISTINCT attributes.customer_id FROM customer_attributes AS attributes
       JOIN json_each(?) AS wanted ON wanted.value ->> '$[0]' = attributes.name AND wanted.value ->> '$[1]' = attributes.value
       WHERE attributes.bank_id = ? AND attributes.customer_id IN (SELECT value FROM json_each(?))`,
    )
    .pluck();

  return {
    /** Attributes of each of the given customers (every customer id is a key, possibly with an empty list). */
    ofCustomers(customerIds: readonly string[]): Map<string, CustomerAttributeRecord[]> {
      const result = new Map<string, CustomerAttributeRecord[]>(customerIds.map((customerId) => [customerId, []]));
      if (customerIds.length === 0) return result;
      const rows = customerIds.length === 1 ? ofCustomer.all(customerIds[0]!) : ofCustomers.all(JSON.stringify(customerIds));
      for (const row of rows) result.get(row[1])?.push(fromValues(row));
      return result;
    },
    findById(customerAttributeId: string): CustomerAttributeRecord | undefined {
      const row = byId.get(customerAttributeId);
      return row && toRecord(row);
    },
    /** Replaces name, type and value; false when there is no such attribute. */
    update(customerAttributeId: string, fields: Pick<CustomerAttributeRecord, 'name' | 'type' | 'value'>, updatedAt: string): boolean {
      return update.run(fields.name, fields.type, fields.value, updatedAt, customerAttributeId).changes > 0;
    },
    delete(customerAttributeId: string): boolean {
      return remove.run(customerAttributeId).changes > 0;
    },
    /**
     * Which of the customers (at the bank) have at least one attribute matching one of the `[name, value]` pairs —
     * OBP joins the pairs with OR (its AttributeQueryTrait).
     */
    customersMatchingAny(bankId: string, customerIds: readonly string[], pairs: ReadonlyArray<readonly [string, string]>): Set<string> {
      if (customerIds.length === 0 || pairs.length === 0) return new Set();
      return new Set(matching.all(JSON.stringify(pairs), bankId, JSON.stringify(customerIds)));
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
