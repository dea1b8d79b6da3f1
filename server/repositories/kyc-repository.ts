import type { SandboxDatabase } from '../database/sandbox-database';

/** KYC records as stored; dates are OBP date strings. `customerNumber` is the one posted with the record. */
export type KycDocumentRecord = {
  kycDocumentId: string;
  bankId: string;
  customerId: string;
  customerNumber: string;
  type: string;
  number: string;
  issueDate: string;
  issuePlace: string;
  expiryDate: string;
};

export type KycMediaRecord = {
  kycMediaId: string;
  bankId: string;
  customerId: string;
  customerNumber: string;
  type: string;
  url: string;
  date: string;
  relatesToKycDocumentId: string;
  relatesToKycCheckId: string;
};

export type KycCheckRecord = {
  kycCheckId: string;
  bankId: string;
  customerId: string;
  customerNumber: string;
  date: string;
  how: string;
  staffUserId: string;
  staffName: string;
  satisfied: boolean;
  comments: string;
};

export type KycStatusRecord = {
  bankId: string;
  customerId: string;
  customerNumber: string;
  ok: boolean;
  date: string;
  /** Who set the status (not part of OBP's JSON). */
  staffUserId: string;
};

/** What an upsert by id did: an id held by another customer is never taken over. */
export type UpsertOutcome = 'created' | 'updated' | 'taken';

/** The kinds of KYC item that are upserted by id, and whose every version is kept. */
export type KycItemKind = 'check' | 'document' | 'media';

/** Who wrote a version: the signed-in user (the seed writes as a staff user). */
export type KycAuthor = { userId: string; username: string };

/** One version of a KYC item: the item as written, who wrote it and when. */
export type KycItemVersion<Record_> = {
  itemId: string;
  /** 1 for the first write of the id, one more for each later write. */
  version: number;
  userId: string;
  username: string;
  /** OBP date. */
  recordedAt: string;
  item: Record_;
};

type Row = Record<string, unknown>;

type UpsertableSpec<Record_> = {
  kind: KycItemKind;
  table: string;
  idColumn: string;
  /** Columns after the id, in the order `values` gives them; bank_id and customer_id come first. */
  columns: readonly string[];
  id: (record: Record_) => string;
  values: (record: Record_) => unknown[];
  toRecord: (row: Row) => Record_;
};

/**
 * A table of records that are upserted by their id (documents, media, checks): find, list and upsert. The table holds
 * the latest version of each id (what OBP's lists answer); every write, the first included, is also kept in
 * `kyc_item_versions` with who wrote it and when, in the same transaction, so nothing is replaced without trace.
 */
function upsertable<Record_ extends { customerId: string }>(database: SandboxDatabase, spec: UpsertableSpec<Record_>) {
  const columnList = [spec.idColumn, ...spec.columns].join(', ');
  const insert = database.prepare(
    `INSERT INTO ${spec.table} (${columnList}, created_at, updated_at) VALUES (${[spec.idColumn, ...spec.columns].map(() => '?').join(', ')}, ?, ?)`,
  );
  const update = database.prepare(
    `UPDATE ${spec.table} SET ${spec.columns.map((column) => `${column} = ?`).join(', ')}, updated_at = ? WHERE ${spec.idColumn} = ?`,
  );
  const byId = database.prepare<[string], Row>(`SELECT ${columnList} FROM ${spec.table} WHERE ${spec.idColumn} = ?`);
  // Most recently written first, as OBP orders by updatedAt; ties (the same second) the later row first.
  const ofCustomer = database.prepare<[string], Row>(
    `SELECT ${columnList} FROM ${spec.table} WHERE customer_id = ? ORDER BY updated_at DESC, id DESC`,
  );

  const insertVersion = database.prepare(
    `INSERT INTO kyc_item_versions (kind, item_id, customer_id, version, user_id, username, recorded_at, value)
     SELECT ?, ?, ?, coalesce(max(version), 0) + 1, ?, ?, ?, ? FROM kyc_item_versions WHERE kind = ? AND item_id = ?`,
  );
  const versionColumns = 'item_id, version, user_id, username, recorded_at, value';
  // Newest first, as the status history; an item's versions together.
  const versionsOfCustomer = database.prepare<[string, string], Row>(
    `SELECT ${versionColumns} FROM kyc_item_versions WHERE customer_id = ? AND kind = ? ORDER BY item_id, version DESC`,
  );
  const versionsOfItem = database.prepare<[string, string, string], Row>(
    `SELECT ${versionColumns} FROM kyc_item_versions WHERE customer_id = ? AND kind = ? AND item_id = ? ORDER BY version DESC`,
  );
  const toVersion = (row: Row): KycItemVersion<Record_> => ({
    itemId: text(row, 'item_id'),
    version: row.version as number,
    userId: text(row, 'user_id'),
    username: text(row, 'username'),
    recordedAt: text(row, 'recorded_at'),
    item: JSON.parse(text(row, 'value')) as Record_,
  });

  const find = (id: string): Record_ | undefined => {
    const row = byId.get(id);
    return row && spec.toRecord(row);
  };

  const upsert = database.transaction((record: Record_, now: string, author: KycAuthor): UpsertOutcome => {
    const id = spec.id(record);
    const existing = find(id);
    if (existing && existing.customerId !== record.customerId) return 'taken';
    if (existing) update.run(...spec.values(record), now, id);
    else insert.run(id, ...spec.values(record), now, now);
    insertVersion.run(spec.kind, id, record.customerId, author.userId, author.username, now, JSON.stringify(record), spec.kind, id);
    return existing ? 'updated' : 'created';
  });

  return {
    /** The record with this id, whichever customer's it is. */
    find,
    /** The record, only if it is this customer's. */
    findOfCustomer: (id: string, customerId: string): Record_ | undefined => {
      const record = find(id);
      return record?.customerId === customerId ? record : undefined;
    },
    ofCustomer: (customerId: string): Record_[] => ofCustomer.all(customerId).map(spec.toRecord),
    /**
     * Creates the record, or makes this its latest version when the customer already has one with this id; either
     * way the write is kept as a version, by `author` at `now`.
     */
    upsert: (record: Record_, now: string, author: KycAuthor): UpsertOutcome => upsert(record, now, author),
    /** Every version of the customer's items of this kind (or of one item), newest first within each item. */
    versionsOf: (customerId: string, itemId?: string): Array<KycItemVersion<Record_>> =>
      (itemId === undefined ? versionsOfCustomer.all(customerId, spec.kind) : versionsOfItem.all(customerId, spec.kind, itemId)).map(toVersion),
  };
}

const text = (row: Row, column: string) => row[column] as string;

export type KycRepository = ReturnType<typeof createKycRepository>;

export function createKycRepository(database: SandboxDatabase) {
  const documents = upsertable<KycDocumentRecord>(database, {
    kind: 'document',
    table: 'kyc_documents',
    idColumn: 'kyc_document_id',
    columns: ['bank_id', 'customer_id', 'customer_number', 'type', 'number', 'issue_date', 'issue_place', 'expiry_date'],
    id: (record) => record.kycDocumentId,
    values: (record) => [
      record.bankId, record.customerId, record.customerNumber, record.type, record.number, record.issueDate, record.issuePlace, record.expiryDate,
    ],
    toRecord: (row) => ({
      kycDocumentId: text(row, 'kyc_document_id'),
      bankId: text(row, 'bank_id'),
      customerId: text(row, 'customer_id'),
      customerNumber: text(row, 'customer_number'),
      type: text(row, 'type'),
      number: text(row, 'number'),
      issueDate: text(row, 'issue_date'),
      issuePlace: text(row, 'issue_place'),
      expiryDate: text(row, 'expiry_date'),
    }),
  });

  const media = upsertable<KycMediaRecord>(database, {
    kind: 'media',
    table: 'kyc_media',
    idColumn: 'kyc_media_id',
    columns: ['bank_id', 'customer_id', 'customer_number', 'type', 'url', 'date', 'relates_to_kyc_document_id', 'relates_to_kyc_check_id'],
    id: (record) => record.kycMediaId,
    values: (record) => [
      record.bankId, record.customerId, record.customerNumber, record.type, record.url, record.date, record.relatesToKycDocumentId,
      record.relatesToKycCheckId,
    ],
    toRecord: (row) => ({
      kycMediaId: text(row, 'kyc_media_id'),
      bankId: text(row, 'bank_id'),
      customerId: text(row, 'customer_id'),
      customerNumber: text(row, 'customer_number'),
      type: text(row, 'type'),
      url: text(row, 'url'),
      date: text(row, 'date'),
      relatesToKycDocumentId: text(row, 'relates_to_kyc_document_id'),
      relatesToKycCheckId: text(row, 'relates_to_kyc_check_id'),
    }),
  });

  const checks = upsertable<KycCheckRecord>(database, {
    kind: 'check',
    table: 'kyc_checks',
    idColumn: 'kyc_check_id',
    columns: ['bank_id', 'customer_id', 'customer_number', 'date', 'how', 'staff_user_id', 'staff_name', 'satisfied', 'comments'],
    id: (record) => record.kycCheckId,
    values: (record) => [
      record.bankId, record.customerId, record.customerNumber, record.date, record.how, record.staffUserId, record.staffName,
      record.satisfied ? 1 : 0, record.comments,
    ],
    toRecord: (row) => ({
      kycCheckId: text(row, 'kyc_check_id'),
      bankId: text(row, 'bank_id'),
      customerId: text(row, 'customer_id'),
      customerNumber: text(row, 'customer_number'),
      date: text(row, 'date'),
      how: text(row, 'how'),
      staffUserId: text(row, 'staff_user_id'),
      staffName: text(row, 'staff_name'),
      satisfied: row.satisfied === 1,
      comments: text(row, 'comments'),
    }),
  });

  const insertStatus = database.prepare(
    'INSERT INTO kyc_statuses (bank_id, customer_id, customer_number, ok, date, staff_user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const deleteStatuses = database.prepare('DELETE FROM kyc_statuses WHERE customer_id = ?');
  const updateCustomerKycStatus = database.prepare('UPDATE customers SET kyc_status = ? WHERE customer_id = ?');
  const statusesOfCustomer = database.prepare<[string], Row>(
    'SELECT bank_id, customer_id, customer_number, ok, date, staff_user_id FROM kyc_statuses WHERE customer_id = ? ORDER BY id DESC',
  );

  return {
    documents,
    media,
    checks,
    /**
     * Records a status and keeps the customer's `kyc_status` in step with it, in one transaction: the status set last
     * is the customer's KYC status wherever the customer is shown. With `keepHistory` every status ever set is kept
     * (the sandbox's extension); without, the customer's one row is replaced, as OBP does.
     */
    addStatus(status: KycStatusRecord, createdAt: string, { keepHistory = true }: { keepHistory?: boolean } = {}): void {
      database.transaction(() => {
        if (!keepHistory) deleteStatuses.run(status.customerId);
        insertStatus.run(status.bankId, status.customerId, status.customerNumber, status.ok ? 1 : 0, status.date, status.staffUserId, createdAt);
        updateCustomerKycStatus.run(status.ok ? 1 : 0, status.customerId);
      })();
    },
    /** The customer's status history, the status set last first. */
    statusesOfCustomer(customerId: string): KycStatusRecord[] {
      return statusesOfCustomer.all(customerId).map((row) => ({
        bankId: text(row, 'bank_id'),
        customerId: text(row, 'customer_id'),
        customerNumber: text(row, 'customer_number'),
        ok: row.ok === 1,
        date: text(row, 'date'),
        staffUserId: text(row, 'staff_user_id'),
      }));
    },
  };
}
