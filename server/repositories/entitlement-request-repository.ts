import type { SandboxDatabase } from '../database/sandbox-database';

export type EntitlementRequestRecord = {
  entitlementRequestId: string;
  /** "" for a role requested at any bank. */
  bankId: string;
  userId: string;
  roleName: string;
  /** OBP date, yyyy-MM-ddTHH:mm:ssZ. */
  created: string;
};

type Row = { entitlement_request_id: string; bank_id: string; user_id: string; role_name: string; created_at: string };

const toRecord = (row: Row): EntitlementRequestRecord => ({
  entitlementRequestId: row.entitlement_request_id,
  bankId: row.bank_id,
  userId: row.user_id,
  roleName: row.role_name,
  created: row.created_at,
});

export type EntitlementRequestRepository = ReturnType<typeof createEntitlementRequestRepository>;

/** OBP's MappedEntitlementRequestsProvider: lists in the order the requests were made (its findAll by primary key). */
export function createEntitlementRequestRepository(database: SandboxDatabase) {
  const columns = 'entitlement_request_id, bank_id, user_id, role_name, created_at';
  const insert = database.prepare(
    'INSERT OR IGNORE INTO entitlement_requests (entitlement_request_id, bank_id, user_id, role_name, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const byKey = database.prepare<[string, string, string], Row>(
    `SELECT ${columns} FROM entitlement_requests WHERE user_id = ? AND bank_id = ? AND role_name = ?`,
  );
  const all = database.prepare<[], Row>(`SELECT ${columns} FROM entitlement_requests ORDER BY id`);
  const ofUser = database.prepare<[string], Row>(`SELECT ${columns} FROM entitlement_requests WHERE user_id = ? ORDER BY id`);
  const remove = database.prepare('DELETE FROM entitlement_requests WHERE entitlement_request_id = ?');

  return {
    find(userId: string, bankId: string, roleName: string): EntitlementRequestRecord | undefined {
      const row = byKey.get(userId, bankId, roleName);
      return row && toRecord(row);
    },
    /** False when the user already has that request (a concurrent duplicate). */
    add(request: EntitlementRequestRecord): boolean {
      return insert.run(request.entitlementRequestId, request.bankId, request.userId, request.roleName, request.created).changes === 1;
    },
    all(): EntitlementRequestRecord[] {
      return all.all().map(toRecord);
    },
    ofUser(userId: string): EntitlementRequestRecord[] {
      return ofUser.all(userId).map(toRecord);
    },
    /** False when there was no such request. */
    delete(entitlementRequestId: string): boolean {
      return remove.run(entitlementRequestId).changes === 1;
    },
  };
}
