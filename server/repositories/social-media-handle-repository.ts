import type { SandboxDatabase } from '../database/sandbox-database';

export type SocialMediaHandleRecord = {
  customerId: string;
  customerNumber: string;
  type: string;
  handle: string;
  dateAdded: string;
  dateActivated: string;
};

type SocialMediaHandleRow = {
  customer_id: string;
  customer_number: string;
  type: string;
  handle: string;
  date_added: string;
  date_activated: string;
};

const toRecord = (row: SocialMediaHandleRow): SocialMediaHandleRecord => ({
  customerId: row.customer_id,
  customerNumber: row.customer_number,
  type: row.type,
  handle: row.handle,
  dateAdded: row.date_added,
  dateActivated: row.date_activated,
});

export type SocialMediaHandleRepository = ReturnType<typeof createSocialMediaHandleRepository>;

export function createSocialMediaHandleRepository(database: SandboxDatabase) {
  const columns = 'customer_id, customer_number, type, handle, date_added, date_activated';
  const insert = database.prepare(`INSERT INTO social_media_handles (${columns}, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const exists = database
    .prepare<[string, string, string], number>('SELECT EXISTS (SELECT 1 FROM social_media_handles WHERE customer_id = ? AND type = ? AND handle = ?)')
    .pluck();
  // Newest first, as OBP orders by its updatedAt; handles added in the same second, the later one first.
  const ofCustomer = database.prepare<[string], SocialMediaHandleRow>(
    `SELECT ${columns} FROM social_media_handles WHERE customer_id = ? ORDER BY created_at DESC, id DESC`,
  );

  return {
    create(handle: SocialMediaHandleRecord, createdAt: string): void {
      insert.run(handle.customerId, handle.customerNumber, handle.type, handle.handle, handle.dateAdded, handle.dateActivated, createdAt);
    },
    exists(customerId: string, type: string, handle: string): boolean {
      return exists.get(customerId, type, handle) === 1;
    },
    ofCustomer(customerId: string): SocialMediaHandleRecord[] {
      return ofCustomer.all(customerId).map(toRecord);
    },
  };
}
