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

  const linkColumns = 'user_customer_link_id, user_id, customer_id, date_inserted, is_active';
  type LinkRow = { user_customer_link_id: string; user_id: string; customer_id: string; date_inserted: string; is_active: number };
  const toLink = (row: LinkRow): UserCustomerLinkRecord => ({
    userCustomerLinkId: row.user_customer_link_id,
    userId: row.user_id,
    customerId: row.customer_id,
    dateInserted: row.date_inserted,
    isActive: row.is_active === 1,
  });
  const linkById = database.prepare<[string], LinkRow>(`SELECT ${linkColumns} FROM user_customer_links WHERE user_customer_link_id = ?`);
  const linkOf = database.prepare<[string, string], LinkRow>(`SELECT ${linkColumns} FROM user_customer_links WHERE user_id = ? AND customer_id = ?`);
  const linksOfCustomer = database.prepare<[string], LinkRow>(
    `SELECT ${linkColumns} FROM user_customer_links WHERE customer_id = ? ORDER BY date_inserted, rowid`,
  );
  // OBP lists a user's links in insertion order; only those to customers of the bank.
  const linksOfUserAtBank = database.prepare<[string, string], LinkRow>(
    `SELECT ${linkColumns.split(', ').map((column) => `user_customer_links.${column}`).join(', ')}
     FROM user_customer_links JOIN customers ON customers.customer_id = user_customer_links.customer_id
     WHERE user_customer_links.user_id = ? AND customers.bank_id = ?
     ORDER BY user_customer_links.date_inserted, user_customer_links.rowid`,
  );
  const removeLink = database.prepare('DELETE FROM user_customer_links WHERE user_customer_link_id = ?');

  return {
    findById(userCustomerLinkId: string): UserCustomerLinkRecord | undefined {
      const row = linkById.get(userCustomerLinkId);
      return row && toLink(row);
    },
    find(userId: string, customerId: string): UserCustomerLinkRecord | undefined {
      const row = linkOf.get(userId, customerId);
      return row && toLink(row);
    },
    linksOfCustomer(customerId: string): UserCustomerLinkRecord[] {
      return linksOfCustomer.all(customerId).map(toLink);
    },
    linksOfUserAtBank(userId: string, bankId: string): UserCustomerLinkRecord[] {
      return linksOfUserAtBank.all(userId, bankId).map(toLink);
    },
    delete(userCustomerLinkId: string): boolean {
      return removeLink.run(userCustomerLinkId).changes > 0;
    },
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
