import * as z from 'zod/mini';
import { nullableObpDate } from './common';

/** `CrmEventJson` (v1.4.0). */
export const crmEvent = z.object({
  id: z.string(),
  bank_id: z.string(),
  customer_name: z.string(),
  customer_number: z.string(),
  category: z.string(),
  detail: z.string(),
  channel: z.string(),
  scheduled_date: nullableObpDate,
  actual_date: nullableObpDate,
  result: z.string(),
});
export type CrmEvent = z.infer<typeof crmEvent>;
export const crmEventList = z.object({ crm_events: z.array(crmEvent) });
