import type { SandboxDatabase } from '../database/sandbox-database';

export type CrmEventRecord = {
  crmEventId: string;
  bankId: string;
  customerName: string;
  customerNumber: string;
  category: string;
  detail: string;
  channel: string;
  /** Null for an inbound contact nobody scheduled. */
  scheduledDate: string | null;
  /** Null while the event has not happened yet. */
  actualDate: string | null;
  /** "" while there is no result yet. */
  result: string;
};

type CrmEventRow = {
  crm_event_id: string;
  bank_id: string;
  customer_name: string;
  customer_number: string;
  category: string;
  detail: string;
  channel: string;
  scheduled_date: string | null;
  actual_date: string | null;
  result: string;
};

const toRecord = (row: CrmEventRow): CrmEventRecord => ({
  crmEventId: row.crm_event_id,
  bankId: row.bank_id,
  customerName: row.customer_name,
  customerNumber: row.customer_number,
  category: row.category,
  detail: row.detail,
  channel: row.channel,
  scheduledDate: row.scheduled_date,
  actualDate: row.actual_date,
  result: row.result,
});

export type CrmEventRepository = ReturnType<typeof createCrmEventRepository>;

/** CRM events are read-only over the API (OBP has no endpoint to create them); `create` serves the seed. */
export function createCrmEventRepository(database: SandboxDatabase) {
  const columns = 'crm_event_id, bank_id, customer_name, customer_number, category, detail, channel, scheduled_date, actual_date, result';
  const insert = database.prepare(`INSERT INTO crm_events (${columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  // Newest first by when the event happened, or is planned to; then the one recorded last.
  const atBank = database.prepare<[string], CrmEventRow>(
    `SELECT ${columns} FROM crm_events WHERE bank_id = ? ORDER BY coalesce(actual_date, scheduled_date) DESC, id DESC`,
  );

  return {
    create(event: CrmEventRecord): void {
      insert.run(
        event.crmEventId,
        event.bankId,
        event.customerName,
        event.customerNumber,
        event.category,
        event.detail,
        event.channel,
        event.scheduledDate,
        event.actualDate,
        event.result,
      );
    },

    listAtBank(bankId: string): CrmEventRecord[] {
      return atBank.all(bankId).map(toRecord);
    },
  };
}
