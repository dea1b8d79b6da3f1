import type { CrmEvent } from '@/api/schemas/crm-events';
import type { CrmEventRecord } from '../repositories/crm-event-repository';

/** `CrmEventJson` (v1.4.0, contract §2.2). */
export function crmEventJson(event: CrmEventRecord): CrmEvent {
  return {
    id: event.crmEventId,
    bank_id: event.bankId,
    customer_name: event.customerName,
    customer_number: event.customerNumber,
    category: event.category,
    detail: event.detail,
    channel: event.channel,
    scheduled_date: event.scheduledDate,
    actual_date: event.actualDate,
    result: event.result,
  };
}
