import type { Statement } from 'better-sqlite3';
import type { SandboxDatabase } from '../database/sandbox-database';
import type { CustomerRecord, CustomerRepository, SortDirection } from './customer-repository';

/** The customer fields OBP's PUT updates change (contract §2.13–2.21), and their columns. */
const UPDATABLE_COLUMNS = {
  email: 'email',
  customerNumber: 'customer_number',
  mobilePhoneNumber: 'mobile_phone_number',
  legalName: 'legal_name',
  dateOfBirth: 'date_of_birth',
  title: 'title',
  nameSuffix: 'name_suffix',
  creditLimitCurrency: 'credit_limit_currency',
  creditLimitAmount: 'credit_limit_amount',
  creditRating: 'credit_rating',
  creditSource: 'credit_source',
  branchId: 'branch_id',
  faceImageUrl: 'face_image_url',
  faceImageDate: 'face_image_date',
  relationshipStatus: 'relationship_status',
  dependants: 'dependants',
  highestEducationAttained: 'highest_education_attained',
  employmentStatus: 'employment_status',
} as const satisfies Partial<Record<keyof CustomerRecord, string>>;

export type CustomerChanges = Partial<Pick<CustomerRecord, keyof typeof UPDATABLE_COLUMNS>>;

export type FirehosePage = {
  /** Inclusive bounds on the customer's last update, as OBP date strings; undefined for no bound. */
  updatedFrom: string | undefined;
  updatedTo: string | undefined;
  limit: number;
  offset: number;
  sortDirection: SortDirection;
};

export type CustomerUpdateRepository = ReturnType<typeof createCustomerUpdateRepository>;

/** Writes to the customers table made by the PUT field updates, and the firehose's read by update date. */
export function createCustomerUpdateRepository(database: SandboxDatabase, customers: CustomerRepository) {
  const updates = new Map<string, Statement<unknown[]>>();
  // The firehose pages by last_ok_date as OBP does (ties broken by id), and filters on the last update.
  const firehoseStatements = {
    ASC: database
      .prepare<[string, string, string, number, number], number>(
        `SELECT id FROM customers INDEXED BY customers_by_bank_and_last_ok_date
         WHERE bank_id = ? AND updated_at >= ? AND updated_at <= ? ORDER BY last_ok_date ASC, id ASC LIMIT ? OFFSET ?`,
      )
      .pluck(),
    DESC: database
      .prepare<[string, string, string, number, number], number>(
        `SELECT id FROM customers INDEXED BY customers_by_bank_and_last_ok_date
         WHERE bank_id = ? AND updated_at >= ? AND updated_at <= ? ORDER BY last_ok_date DESC, id DESC LIMIT ? OFFSET ?`,
      )
      .pluck(),
  };

  return {
    /** Changes only the given fields (and the update date); the customer as it is now, undefined if there is none. */
    update(customerId: string, changes: CustomerChanges, updatedAt: string): CustomerRecord | undefined {
      const fields = (Object.keys(changes) as Array<keyof CustomerChanges>).filter((field) => changes[field] !== undefined).sort();
      const key = fields.join(',');
      let statement = updates.get(key);
      if (!statement) {
        const assignments = fields.map((field) => `${UPDATABLE_COLUMNS[field]} = ?`);
        statement = database.prepare<unknown[]>(`UPDATE customers SET ${[...assignments, 'updated_at = ?'].join(', ')} WHERE customer_id = ?`);
        updates.set(key, statement);
      }
      const { changes: changed } = statement.run(...fields.map((field) => changes[field]), updatedAt, customerId);
      return changed === 0 ? undefined : customers.findByCustomerId(customerId);
    },

    /** One page of a bank's customers for the firehose, in its order. */
    firehosePage(bankId: string, page: FirehosePage): CustomerRecord[] {
      const ids = firehoseStatements[page.sortDirection].all(
        bankId,
        page.updatedFrom ?? '',
        // Every stored date sorts before this.
        page.updatedTo ?? '~',
        page.limit,
        page.offset,
      );
      const byRowId = new Map(customers.findByRowIds(ids).map((customer) => [customer.id, customer]));
      return ids.map((id) => byRowId.get(id)!);
    },
  };
}
