import * as z from 'zod/mini';
import { date, id, listEnvelope, text } from './tolerant';

/*
 * CRM events as OBP sends them: `CrmEventJson` built by `JSONFactory1_4_0.createCrmEventJson`
 * (obp-api/src/main/scala/code/api/v1_4_0/JSONFactory1_4_0.scala) from `MappedCrmEvent` (code/crm/
 * MappedCrmEventProvider.scala). No API creates events: OBP's sandbox import saves id, bank, customer name and number,
 * category, detail, channel and actual date only (code/sandbox/OBPDataImport.scala), so `scheduled_date` is null and
 * `result` is null or "" on every imported event.
 */
export const tolerantCrmEvent = z.pipe(
  z.looseObject({
    id,
    bank_id: text,
    customer_name: text,
    customer_number: text,
    category: text,
    detail: text,
    channel: text,
    scheduled_date: date,
    actual_date: date,
    result: text,
  }),
  z.transform((wire) => ({
    id: wire.id,
    bankId: wire.bank_id,
    customerName: wire.customer_name,
    customerNumber: wire.customer_number,
    category: wire.category,
    detail: wire.detail,
    channel: wire.channel,
    scheduledDate: wire.scheduled_date,
    actualDate: wire.actual_date,
    result: wire.result,
  })),
);

export type CrmEvent = z.output<typeof tolerantCrmEvent>;

/** `GET /banks/BANK_ID/crm-events` → `CrmEventsJson {crm_events: [...]}` (every event of the bank, no paging). */
export const tolerantCrmEventList = listEnvelope('crm_events', tolerantCrmEvent, 'id');
