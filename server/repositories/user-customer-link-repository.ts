import type { SandboxDatabase } from '../database/sandbox-database';
import type { CustomerRecord, CustomerRepository } from './customer-repository';

export type UserCustomerLinkRecord = {
  userCustomerLinkId: string;
  userId: string;
  customerId: string;
  dateInserted: string;
  isActive: boolean;
};

export type UserCustomerLinkRepository = ReturnType<typeof createUserCustomerLinkRepository>;

export function createUserCustomerLinkRepository(database: SandboxDatabase, customers: CustomerRepository) {
  const insert = database.prepare(
    'INSERT INTO user_customer_links (user_customer_link_id, user_id, customer_id, date_inserted, is_active) VALUES (?, ?, ?, ?, ?)',
  );
  // Oldest link first, as OBP lists a user's customers in insertion order.
  const linkedRowIds = database
    .prepare<[string], number>(
      `SELECT customers.id FROM user_customer_links JOIN customers ON customers.customer_id = user_customer_links.customer_id
       WHERE user_customer_links.user_id = ? ORDER BY user_customer_links.date_inserted, user_customer_links.rowid`,
    )
    .pluck();
  const linkedCustomerIds = database
    .prepare<[string], string>(
      'SELECT customer_id FROM user_customer_links WHERE user_id = ? ORDER BY date_inserted, rowid',
    )
    .pluck();

  return {
    create(link: UserCustomerLinkRecord): void {
      insert.run(link.userCustomerLinkId, link.userId, link.customerId, link.dateInserted, link.isActive ? 1 : 0);
    },
    /** The customers linked to the user, at every bank or at `bankId`, oldest link first. */
    customersOfUser(userId: string, bankId?: string): CustomerRecord[] {
      const ids = linkedRowIds.all(userId);
      const byRowId = new Map(customers.findByRowIds(ids).map((customer) => [customer.id, customer]));
      return ids
        .map((id) => byRowId.get(id)!)
        .filter((customer) => bankId === undefined || customer.bankId === bankId);
    },
    customerIdsOfUser(userId: string): string[] {
      return linkedCustomerIds.all(userId);
    },
  };
}
