import type { SandboxDatabase } from '../database/sandbox-database';

/** A customer's address as stored; `tags` are kept joined with "," as OBP stores them, and split when read. */
export type CustomerAddressRecord = {
  customerAddressId: string;
  customerId: string;
  line1: string;
  line2: string;
  line3: string;
  city: string;
  county: string;
  state: string;
  postcode: string;
  countryCode: string;
  tags: string[];
  status: string;
  insertDate: string;
};

export type CustomerAddressFields = Omit<CustomerAddressRecord, 'customerAddressId' | 'customerId' | 'insertDate'>;

type CustomerAddressRow = {
  customer_address_id: string;
  customer_id: string;
  line_1: string;
  line_2: string;
  line_3: string;
  city: string;
  county: string;
  state: string;
  postcode: string;
  country_code: string;
  tags: string;
  status: string;
  insert_date: string;
};

/** Tags joined as OBP stores them (its column holds 20 characters of this). */
export const joinTags = (tags: readonly string[]) => tags.join(',');

const toRecord = (row: CustomerAddressRow): CustomerAddressRecord => ({
  customerAddressId: row.customer_address_id,
  customerId: row.customer_id,
  line1: row.line_1,
  line2: row.line_2,
  line3: row.line_3,
  city: row.city,
  county: row.county,
  state: row.state,
  postcode: row.postcode,
  countryCode: row.country_code,
  // No stored tag is empty, so "" is no tags at all (OBP's split would answer [""]).
  tags: row.tags === '' ? [] : row.tags.split(','),
  status: row.status,
  insertDate: row.insert_date,
});

export type CustomerAddressRepository = ReturnType<typeof createCustomerAddressRepository>;

export function createCustomerAddressRepository(database: SandboxDatabase) {
  const columns = 'customer_address_id, customer_id, line_1, line_2, line_3, city, county, state, postcode, country_code, tags, status, insert_date';
  const insert = database.prepare(`INSERT INTO customer_addresses (${columns}, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const ofCustomer = database.prepare<[string], CustomerAddressRow>(`SELECT ${columns} FROM customer_addresses WHERE customer_id = ? ORDER BY id`);
  const byIdOfCustomer = database.prepare<[string, string], CustomerAddressRow>(
    `SELECT ${columns} FROM customer_addresses WHERE customer_address_id = ? AND customer_id = ?`,
  );
  const update = database.prepare(
    `UPDATE customer_addresses SET line_1 = ?, line_2 = ?, line_3 = ?, city = ?, county = ?, state = ?, postcode = ?,
       country_code = ?, tags = ?, status = ?, updated_at = ?
     WHERE customer_address_id = ? AND customer_id = ?`,
  );
  const remove = database.prepare('DELETE FROM customer_addresses WHERE customer_address_id = ? AND customer_id = ?');

  const fieldValues = (fields: CustomerAddressFields) => [
    fields.line1, fields.line2, fields.line3, fields.city, fields.county, fields.state, fields.postcode, fields.countryCode,
    joinTags(fields.tags), fields.status,
  ];

  const findOfCustomer = (customerAddressId: string, customerId: string): CustomerAddressRecord | undefined => {
    const row = byIdOfCustomer.get(customerAddressId, customerId);
    return row && toRecord(row);
  };

  return {
    create(customerAddressId: string, customerId: string, fields: CustomerAddressFields, insertDate: string): CustomerAddressRecord {
      insert.run(customerAddressId, customerId, ...fieldValues(fields), insertDate, insertDate);
      return { customerAddressId, customerId, ...fields, insertDate };
    },
    /** The customer's addresses in the order they were added. */
    ofCustomer(customerId: string): CustomerAddressRecord[] {
      return ofCustomer.all(customerId).map(toRecord);
    },
    /** The address, only if it is one of this customer's. */
    findOfCustomer,
    /** Replaces every field of the customer's address; undefined when the customer has no such address. */
    update(customerAddressId: string, customerId: string, fields: CustomerAddressFields, updatedAt: string): CustomerAddressRecord | undefined {
      const { changes } = update.run(...fieldValues(fields), updatedAt, customerAddressId, customerId);
      return changes === 0 ? undefined : findOfCustomer(customerAddressId, customerId);
    },
    /** Whether the customer had that address (and now has not). */
    delete(customerAddressId: string, customerId: string): boolean {
      return remove.run(customerAddressId, customerId).changes > 0;
    },
  };
}
